using NodaTime;
using Timeline.Api.Articles;
using Timeline.Api.Corrections;
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
        builder.AddTimelineStore(publishNewEntries: true);
        // One article at a time: matching a report against existing entries must see the previous article's entries.
        builder.AddTimelineBus("store", x => x.AddConsumer<EventsExtractedConsumer>((_, c) => c.ConcurrentMessageLimit = 1));
        return builder;
    }

    public static WebApplication MapTimelineApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseDefaultFiles();
        app.UseStaticFiles(); // the page in wwwroot: no separate server, no external network
        app.MapArticles();
        app.MapTimeline();
        app.MapCorrections();
        app.MapTimelineHealth();
        return app;
    }
}
