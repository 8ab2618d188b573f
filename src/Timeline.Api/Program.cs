using NodaTime;
using Timeline.Api;
using Timeline.Api.Articles;
using Timeline.Api.Timeline;
using Timeline.Core;
using Timeline.Hosting;
using Timeline.Store;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => TimelineJson.Configure(o.SerializerOptions));
builder.AddTimelineStore(publishNewEntries: true);
builder.AddTimelineBus("store", x => x.AddConsumer<EventsExtractedConsumer>((_, c) => c.ConcurrentMessageLimit = 1));

var app = builder.Build();
app.UseExceptionHandler();
app.MapArticles();
app.MapTimeline();
app.MapTimelineHealth();
app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
