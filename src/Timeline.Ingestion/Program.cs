using Timeline.Hosting;
using Timeline.Ingestion;

var builder = WebApplication.CreateBuilder(args);
builder.AddTimelineBus("ingestion", x => x.AddConsumer<SubmitArticleConsumer>());

var app = builder.Build();
app.MapTimelineHealth();
app.Run();
