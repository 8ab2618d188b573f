using Timeline.Hosting;

namespace Timeline.Extraction;

public static class ExtractionService
{
    /// <summary>The event-extraction service: reads the events that dated articles report.</summary>
    public static IHostApplicationBuilder AddExtraction(this IHostApplicationBuilder builder) =>
        builder.AddTimelineBus("extraction", x => x.AddConsumer<ArticleDatedConsumer>());
}
