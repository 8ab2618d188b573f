using Timeline.Hosting;
using Timeline.Normalisation;

var builder = WebApplication.CreateBuilder(args);
builder.AddTimelineBus("normalisation", x => x.AddConsumer<ArticleIngestedConsumer>());

var app = builder.Build();
app.MapTimelineHealth();
app.Run();
