using Timeline.Extraction;
using Timeline.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddExtraction();

var app = builder.Build();
app.MapTimelineHealth();
app.Run();
