using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using Npgsql;
using NpgsqlTypes;
using Timeline.Core;
using Timeline.Store.Entries;
using Timeline.Store.Publishing;
using Weasel.Core;
using Weasel.Postgresql;

namespace Timeline.Store;

/// <summary>Marten configured for the timeline: NodaTime everywhere, entries projected inline, streams by Guid.</summary>
public static class TimelineStore
{
    private static int mappingsRegistered;

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Timeline")
        ?? throw new InvalidOperationException("ConnectionStrings:Timeline is not configured (see infra/infra.sh env).");

    public static NpgsqlDataSource DataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNodaTime();
        return builder.Build();
    }

    public static void Configure(StoreOptions options, NpgsqlDataSource dataSource)
    {
        // Without these, LINQ over LocalDate members fails or silently matches nothing (see ../shared/notes/stack-facts.md).
        if (Interlocked.Exchange(ref mappingsRegistered, 1) == 0)
        {
            PostgresqlProvider.Instance.RegisterMapping(typeof(LocalDate), "date", NpgsqlDbType.Date);
            PostgresqlProvider.Instance.RegisterMapping(typeof(Instant), "timestamp with time zone", NpgsqlDbType.TimestampTz);
        }

        options.Connection(dataSource);
        options.DatabaseSchemaName = "timeline";
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        // Marten must know the casing and enum form our converters write, or its SQL looks for the wrong JSON names.
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, configure: o => TimelineJson.Configure(o));
        options.Events.StreamIdentity = StreamIdentity.AsGuid;
        options.Projections.Snapshot<TimelineEntry>(SnapshotLifecycle.Inline);
        // New-event messages should follow a recorded article within a fraction of a second, not the default seconds.
        options.Projections.FastPollingTime = TimeSpan.FromMilliseconds(100);
        options.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(250);
        options.Schema.For<TimelineEntry>()
            .Duplicate(e => e.DateStart!, "date")
            .Duplicate(e => e.DateEnd!, "date")
            .Duplicate(e => e.SpanStart!, "date")
            .Duplicate(e => e.SpanEnd!, "date")
            .Duplicate(e => e.Plover)
            .Duplicate(e => e.SortKey)
            .GinIndexJsonData();
    }

    /// <summary>Drops the timeline read model and projects it again from every stored event.</summary>
    public static async Task Rebuild(IDocumentStore store, CancellationToken ct)
    {
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<TimelineEntry>(TimeSpan.FromMinutes(10), ct);
    }

    /// <summary>A store without a host, for the CLI's replay and rebuild.</summary>
    public static DocumentStore Create(string connectionString) =>
        DocumentStore.For(o => Configure(o, DataSource(connectionString)));

    /// <summary>Marten for a service; with publishing, the async daemon runs the subscription that feeds RabbitMQ.</summary>
    public static IHostApplicationBuilder AddTimelineStore(this IHostApplicationBuilder builder, bool publishNewEntries)
    {
        var dataSource = DataSource(ConnectionString(builder.Configuration));
        builder.Services.AddSingleton(dataSource);
        var marten = builder.Services.AddMarten(o => Configure(o, dataSource)).ApplyAllDatabaseChangesOnStartup();
        builder.Services.AddHealthChecks().AddCheck("postgresql", new PostgresHealthCheck(dataSource));
        if (publishNewEntries)
        {
            var rabbit = builder.Configuration.GetSection("RabbitMq");
            builder.Services.AddSingleton(new RabbitPublisher(RabbitPublisher.Factory(
                rabbit["Host"] ?? "127.0.0.1", int.Parse(rabbit["Port"] ?? "5682"), rabbit["User"] ?? "timeline", rabbit["Password"] ?? "",
                rabbit["VirtualHost"] ?? "/")));
            marten.AddAsyncDaemon(DaemonMode.HotCold)
                .AddSubscriptionWithServices<NewEntryPublisher>(ServiceLifetime.Singleton, o =>
                {
                    o.Options.BatchSize = 500;
                });
        }

        return builder;
    }
}
