using Timeline.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddTimelineApi();

var app = builder.Build();
app.MapTimelineApi();
app.Run();
