using Timeline.Extraction;
using Timeline.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTimelineBus("extraction", x => x.AddConsumer<ArticleDatedConsumer>());

var app = builder.Build();
app.MapTimelineHealth();
app.Run();
