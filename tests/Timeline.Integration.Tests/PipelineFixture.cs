using System.Net;
using System.Net.Sockets;
using Marten;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using Timeline.Api;
using Timeline.Extraction;
using Timeline.Ingestion;
using Timeline.Normalisation;
using Timeline.Store.Publishing;
using Xunit;

[assembly: AssemblyFixture(typeof(Timeline.Integration.Tests.PipelineFixture))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Timeline.Integration.Tests;

/// <summary>
/// The whole pipeline on the real RabbitMQ and PostgreSQL that infra/test.sh starts: the API (with the timeline store)
/// on a loopback port, and the ingestion, normalisation and extraction services, each its own host with its own bus.
/// </summary>
public sealed class PipelineFixture : IAsyncLifetime
{
    private readonly List<IHost> hosts = [];

    public HttpClient Api { get; private set; } = null!;
    public Uri ApiAddress { get; private set; } = null!;
    public string ApiKey { get; private set; } = null!;
    public IDocumentStore Store { get; private set; } = null!;
    public IBus Bus { get; private set; } = null!;
    public ConnectionFactory Rabbit { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var connection = Environment.GetEnvironmentVariable("ConnectionStrings__Timeline");
        var rabbitPassword = Environment.GetEnvironmentVariable("RabbitMq__Password");
        if (connection is null || rabbitPassword is null)
        {
            throw new InvalidOperationException(
                "The integration tests need the RabbitMQ and PostgreSQL that `bash infra/test.sh` starts (ConnectionStrings__Timeline and RabbitMq__* are not set).");
        }

        var port = FreePort();
        ApiAddress = new Uri($"http://127.0.0.1:{port}");
        Environment.SetEnvironmentVariable("TIMELINE_API", ApiAddress.ToString());

        var api = WebApplication.CreateBuilder();
        api.WebHost.UseUrls(ApiAddress.ToString());
        Quiet(api.Logging);
        api.AddTimelineApi();
        var app = api.Build();
        app.MapTimelineApi();
        await app.StartAsync();
        hosts.Add(app);

        foreach (var add in new Action<IHostApplicationBuilder>[] { b => b.AddIngestion(), b => b.AddNormalisation(), b => b.AddExtraction() })
        {
            var builder = Host.CreateApplicationBuilder();
            Quiet(builder.Logging);
            add(builder);
            var host = builder.Build();
            await host.StartAsync();
            hosts.Add(host);
        }

        Api = new HttpClient { BaseAddress = ApiAddress, Timeout = TimeSpan.FromSeconds(30) };
        ApiKey = api.Configuration["Timeline:ApiKey"] ?? throw new InvalidOperationException("Timeline__ApiKey is not set (see infra/infra.sh env test).");
        Api.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        Store = app.Services.GetRequiredService<IDocumentStore>();
        Bus = hosts[1].Services.GetRequiredService<IBus>();
        var r = api.Configuration.GetSection("RabbitMq");
        Rabbit = RabbitPublisher.Factory(r["Host"]!, int.Parse(r["Port"]!), r["User"]!, r["Password"]!);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(hosts))
        {
            await host.StopAsync();
            if (host is IAsyncDisposable d)
            {
                await d.DisposeAsync();
            }
            else
            {
                host.Dispose();
            }
        }

        Api?.Dispose();
    }

    private static void Quiet(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning);

    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
