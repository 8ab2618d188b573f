using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;
using Timeline.Store.Publishing;

namespace Timeline.Cli;

/// <summary>Where the CLI finds the API, the database and the broker: appsettings.json beside it, then the environment.</summary>
public static class CliConfig
{
    public static IConfiguration Configuration { get; } = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    public static Uri Api => new(Configuration["TIMELINE_API"] ?? Configuration["Api"] ?? "http://127.0.0.1:5180");

    /// <summary>A client for the API that sends the write key (Timeline:ApiKey, or the variable Timeline__ApiKey) when it has one.</summary>
    public static HttpClient Http(TimeSpan timeout)
    {
        var http = new HttpClient { BaseAddress = Api, Timeout = timeout };
        if (Configuration["Timeline:ApiKey"] is { Length: > 0 } key)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return http;
    }

    public static string ConnectionString => Store.TimelineStore.ConnectionString(Configuration);

    public static ConnectionFactory Rabbit
    {
        get
        {
            var r = Configuration.GetSection("RabbitMq");
            return RabbitPublisher.Factory(r["Host"] ?? "127.0.0.1", int.Parse(r["Port"] ?? "5682"), r["User"] ?? "timeline",
                r["Password"] ?? "", r["VirtualHost"] ?? "/");
        }
    }
}
