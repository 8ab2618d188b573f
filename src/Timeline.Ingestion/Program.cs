using Timeline.Hosting;
using Timeline.Ingestion;

var builder = WebApplication.CreateBuilder(args);
builder.AddIngestion();

var app = builder.Build();
app.MapTimelineHealth();
app.Run();
