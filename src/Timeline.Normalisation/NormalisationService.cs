using Timeline.Hosting;

namespace Timeline.Normalisation;

public static class NormalisationService
{
    /// <summary>The date-normalisation service: finds and resolves the temporal expressions of ingested articles.</summary>
    public static IHostApplicationBuilder AddNormalisation(this IHostApplicationBuilder builder) =>
        builder.AddTimelineBus("normalisation", x => x.AddConsumer<ArticleIngestedConsumer>());
}
