using NodaTime;
using Timeline.Api.Articles;
using Timeline.Api.Corrections;
using Timeline.Api.Live;
using Timeline.Api.Timeline;
using Timeline.Core;
using Timeline.Hosting;
using Timeline.Store;

namespace Timeline.Api;

public static class ApiService
{
    /// <summary>The HTTP API and the timeline store it hosts: Marten, the recorder consumer and the new-event publisher.</summary>
    public static WebApplicationBuilder AddTimelineApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => TimelineJson.Configure(o.SerializerOptions));
        builder.Services.AddTimelineOpenApi();
        builder.AddTimelineStore(publishNewEntries: true);
        builder.Services.AddSingleton<LiveFeed>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LiveFeed>());
        // One article at a time: matching a report against existing entries must see the previous article's entries.
        builder.AddTimelineBus("store", x => x.AddConsumer<EventsExtractedConsumer>((_, c) => c.ConcurrentMessageLimit = 1));
        return builder;
    }

    /// <summary>No CORS: the page is served from the same origin, and other sites' scripts get no access to the API.</summary>
    public static WebApplication MapTimelineApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiKeyForWrites();
        app.UseDefaultFiles();
        app.UseStaticFiles(); // the page in wwwroot: no separate server, no external network
        app.MapOpenApi();
        app.MapArticles();
        app.MapTimeline();
        app.MapGet("/timeline/live", (LiveFeed feed, CancellationToken ct) => TypedResults.ServerSentEvents(feed.Listen(ct)))
            .WithName("LiveTimeline").WithSummary("Server-sent events: every new-event message (recorded, refined, corrected, merged, retracted) as it is published.");
        app.MapCorrections();
        app.MapTimelineHealth();
        return app;
    }
}
