using Timeline.Hosting;

namespace Timeline.Ingestion;

public static class IngestionService
{
    /// <summary>The ingestion service: cleans submitted articles and publishes them.</summary>
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder) =>
        builder.AddTimelineBus("ingestion", x => x.AddConsumer<SubmitArticleConsumer>());
}
