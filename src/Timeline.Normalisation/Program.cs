using Timeline.Hosting;
using Timeline.Normalisation;

var builder = WebApplication.CreateBuilder(args);
builder.AddNormalisation();

var app = builder.Build();
app.MapTimelineHealth();
app.Run();
