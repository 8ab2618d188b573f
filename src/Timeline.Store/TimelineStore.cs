using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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

    /// <param name="schema">The PostgreSQL schema; benchmarks use their own so they never touch the timeline.</param>
    /// <param name="projectEntries">Without it, events are only appended (the raw append baseline of the benchmark).</param>
    /// <param name="daemonLockId">The advisory lock of the hot/cold daemon: store instances on other schemas of the same database need their own.</param>
    public static void Configure(StoreOptions options, NpgsqlDataSource dataSource, string schema = "timeline", bool projectEntries = true,
        int? daemonLockId = null)
    {
        // Without these, LINQ over LocalDate members fails or silently matches nothing (see ../shared/notes/stack-facts.md).
        if (Interlocked.Exchange(ref mappingsRegistered, 1) == 0)
        {
            PostgresqlProvider.Instance.RegisterMapping(typeof(LocalDate), "date", NpgsqlDbType.Date);
            PostgresqlProvider.Instance.RegisterMapping(typeof(Instant), "timestamp with time zone", NpgsqlDbType.TimestampTz);
        }

        options.Connection(dataSource);
        options.DatabaseSchemaName = schema;
        if (daemonLockId is { } lockId)
        {
            options.Projections.DaemonLockId = lockId;
        }

        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        // Marten must know the casing and enum form our converters write, or its SQL looks for the wrong JSON names.
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, configure: o => TimelineJson.Configure(o));
        options.Events.StreamIdentity = StreamIdentity.AsGuid;
        if (projectEntries)
        {
            options.Projections.Snapshot<TimelineEntry>(SnapshotLifecycle.Inline);
        }

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
            .GinIndexJsonData()
            .IgnoreIndex(DateRangeIndex); // ours (see EnsureIndexes): Marten must not drop it
    }

    /// <summary>A GiST index over each entry's world-date interval: "which entries overlap this window" is one index probe.</summary>
    public const string DateRangeIndex = "mt_doc_timelineentry_idx_date_range";

    /// <summary>
    /// What Marten cannot declare, created idempotently after Marten applied its schema (the hosted service below, the
    /// CLI and the benchmark): the date-range GiST on entries, and the actor–date index, a side table with one row per
    /// entry and actor key that triggers keep equal to the read model (live, rebuilt or truncated), so "this actor in
    /// this window" is one probe of a GiST over (actor, dates) however many entries there are.
    /// </summary>
    public static async Task EnsureIndexes(IDocumentStore store, CancellationToken ct)
    {
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var s = store.Options.DatabaseSchemaName;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            create extension if not exists btree_gist;
            create index if not exists {DateRangeIndex} on {s}.mt_doc_timelineentry
                using gist (daterange(date_start, date_end, '[]')) where date_start is not null;
            create table if not exists {s}.{ActorDates} (
                entry_id uuid not null, actor text not null, dates daterange not null, sort_key text not null, active boolean not null, plover text);
            alter table {s}.{ActorDates} add column if not exists plover text;
            drop index if exists {s}.{ActorDates}_probe;
            create index if not exists {ActorDates}_probe_v2 on {s}.{ActorDates} using gist (actor, dates) include (entry_id, sort_key, active, plover);
            create index if not exists {ActorDates}_entry on {s}.{ActorDates} (entry_id);
            create or replace function {s}.{ActorDates}_sync() returns trigger language plpgsql as $f$
            begin
              if tg_op in ('UPDATE', 'DELETE') then
                delete from {s}.{ActorDates} where entry_id = old.id;
              end if;
              if tg_op in ('INSERT', 'UPDATE') and new.date_start is not null and new.sort_key is not null then
                insert into {s}.{ActorDates}
                select new.id, k, daterange(new.date_start, new.date_end, '[]'), new.sort_key, new.data ->> 'status' = 'Active', new.plover
                from jsonb_array_elements_text(new.data -> 'actorKeys') as k;
              end if;
              return null;
            end $f$;
            create or replace function {s}.{ActorDates}_truncate() returns trigger language plpgsql as $f$
            begin truncate {s}.{ActorDates}; return null; end $f$;
            drop trigger if exists {ActorDates}_sync on {s}.mt_doc_timelineentry;
            create trigger {ActorDates}_sync after insert or update or delete on {s}.mt_doc_timelineentry
                for each row execute function {s}.{ActorDates}_sync();
            drop trigger if exists {ActorDates}_truncate on {s}.mt_doc_timelineentry;
            create trigger {ActorDates}_truncate after truncate on {s}.mt_doc_timelineentry
                for each statement execute function {s}.{ActorDates}_truncate();
            -- Entries stored before the table existed (an upgraded store): fill it once.
            insert into {s}.{ActorDates}
            select d.id, k, daterange(d.date_start, d.date_end, '[]'), d.sort_key, d.data ->> 'status' = 'Active', d.plover
            from {s}.mt_doc_timelineentry d, jsonb_array_elements_text(d.data -> 'actorKeys') as k
            where d.date_start is not null and d.sort_key is not null and not exists (select 1 from {s}.{ActorDates} a where a.entry_id = d.id);
            """;
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The actor–date index table (see <see cref="EnsureIndexes"/>).</summary>
    public const string ActorDates = "entry_actor_dates";

    /// <summary>Drops the timeline read model and projects it again from every stored event.</summary>
    public static async Task Rebuild(IDocumentStore store, CancellationToken ct)
    {
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<TimelineEntry>(TimeSpan.FromMinutes(10), ct);
    }

    /// <summary>A store without a host, for the CLI's replay and rebuild.</summary>
    public static DocumentStore Create(string connectionString, string schema = "timeline", bool projectEntries = true) =>
        DocumentStore.For(o => Configure(o, DataSource(connectionString), schema, projectEntries));

    /// <summary>Marten for a service; with publishing, the async daemon runs the subscription that feeds RabbitMQ.</summary>
    public static IHostApplicationBuilder AddTimelineStore(this IHostApplicationBuilder builder, bool publishNewEntries)
    {
        var dataSource = DataSource(ConnectionString(builder.Configuration));
        builder.Services.AddSingleton(dataSource);
        // Timeline:Schema and Timeline:DaemonLockId let another store instance live in the same database (tests, staging).
        var schema = builder.Configuration["Timeline:Schema"] ?? "timeline";
        var lockId = int.TryParse(builder.Configuration["Timeline:DaemonLockId"], out var id) ? id : (int?)null;
        var marten = builder.Services.AddMarten(o => Configure(o, dataSource, schema, daemonLockId: lockId)).ApplyAllDatabaseChangesOnStartup();
        builder.Services.AddHostedService<IndexesOnStartup>();
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

/// <summary>Creates the indexes Marten cannot declare when a store process starts.</summary>
internal sealed class IndexesOnStartup(IDocumentStore store, ILogger<IndexesOnStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await TimelineStore.EnsureIndexes(store, cancellationToken);
        // Entries written by a version without the sort key cannot be paged or probed: project them again from their events.
        await using var session = store.QuerySession();
        if (await session.Query<TimelineEntry>().AnyAsync(e => e.SortKey == null, cancellationToken))
        {
            log.LogWarning("Timeline entries from an older version lack their sort key; rebuilding the read model from the events");
            await TimelineStore.Rebuild(store, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
