using System.Diagnostics;
using JasperFx.Events;
using Marten;
using NodaTime;
using Timeline.Contracts;
using Timeline.Store;
using Timeline.Store.Entries;
using Timeline.Store.Publishing;
using Timeline.Store.Queries;
using Weasel.Core;

namespace Timeline.Cli.Commands;

/// <summary>
/// timeline bench store [--events N] [--sizes 10000,100000,1000000] [--queries Q]: the store's own figures, each beside a
/// baseline from the same run, in schemas of their own (timeline_bench_*, dropped first) so the timeline is never touched:
/// Marten's raw append rate, then the projection rebuild; the raw RabbitMQ publish rate, then a replay to a new queue;
/// a primary-key load, then the timeline query (a page of 50 in a date window, filtered by actor) as the table grows.
/// </summary>
public static class BenchStoreCommand
{
    private static readonly string[] Countries =
        ["USA", "PAK", "AFG", "IND", "CHN", "RUS", "IRN", "IRQ", "SYR", "TUR", "GBR", "FRA", "DEU", "ISR", "EGY", "SAU", "UKR", "NGA", "KEN", "BRA"];

    private static readonly string[] Types = ["ASSAULT", "COERCE", "CONSULT", "COOPERATE", "AID", "ACCUSE", "PROTEST", "REJECT", "THREATEN", "AGREE"];

    public static async Task<int> Run(Args args)
    {
        var events = int.Parse(args.Option("events") ?? "100000");
        var sizes = (args.Option("sizes") ?? "10000,100000,1000000").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Order().ToList();
        var queries = int.Parse(args.Option("queries") ?? "200");
        args.RejectUnknown();

        Console.WriteLine($"database {new Npgsql.NpgsqlConnectionStringBuilder(CliConfig.ConnectionString).Host}, broker {CliConfig.Rabbit.HostName}:{CliConfig.Rabbit.Port}");
        if (events > 0)
        {
            await AppendRebuildReplay(events);
        }

        if (sizes.Count > 0)
        {
            await QueryLatency(sizes, queries);
        }

        return 0;
    }

    private static async Task AppendRebuildReplay(int events)
    {
        const string schema = "timeline_bench_events";
        await Drop(schema);
        await using (var raw = TimelineStore.Create(CliConfig.ConnectionString, schema, projectEntries: false))
        {
            await raw.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            var random = new Random(7);
            var watch = Stopwatch.StartNew();
            for (var done = 0; done < events; done += 1000)
            {
                await using var session = raw.LightweightSession();
                for (var i = done; i < Math.Min(done + 1000, events); i++)
                {
                    var recorded = Recorded(random, i);
                    session.Events.StartStream<TimelineEntry>(recorded.EntryId, recorded);
                }

                await session.SaveChangesAsync();
                Console.Error.Write($"\rappended {Math.Min(done + 1000, events)}/{events}…");
            }

            Console.Error.WriteLine();
            Report("baseline: Marten raw append (1,000 streams per transaction), events/s", events / watch.Elapsed.TotalSeconds);
        }

        await using var store = TimelineStore.Create(CliConfig.ConnectionString, schema);
        var rebuild = Stopwatch.StartNew();
        await TimelineStore.Rebuild(store, CancellationToken.None);
        var rebuildRate = events / rebuild.Elapsed.TotalSeconds;
        Report("projection rebuild, events/s", rebuildRate);

        var rabbit = await BenchCommand.RawRabbitRate(Math.Min(events, 100_000), 700);
        Report("baseline: raw RabbitMQ publish→consume (persistent, confirmed), msg/s", rabbit);
        var rawPublish = await RawPublishRate(Math.Min(events, 100_000), 1000);
        Report("baseline: raw RabbitMQ publish into a queue nobody reads (persistent, confirmed, 1 kB), msg/s", rawPublish);
        var queue = $"timeline-bench-replay-{Guid.NewGuid():N}";
        await using var publisher = new RabbitPublisher(CliConfig.Rabbit);
        var replay = Stopwatch.StartNew();
        var publishing = new Stopwatch();
        var (count, _) = await Replay.Read(store, 0, null, null, async batch =>
        {
            publishing.Start();
            await publisher.PublishToQueue(queue, batch.Messages, CancellationToken.None);
            publishing.Stop();
        }, CancellationToken.None);
        var replayRate = count / replay.Elapsed.TotalSeconds;
        Report("  of which publishing (the rest waits for the store's next batch), %", 100 * publishing.Elapsed / replay.Elapsed, "F0");
        Report($"replay of {count} events to a new queue (read, build messages, publish confirmed), events/s", replayRate);
        Report("ratio replay ÷ raw publish→consume", replayRate / rabbit, "F2");
        Report("ratio replay ÷ raw publish into a queue nobody reads (what a replay does)", replayRate / rawPublish, "F2");
        await using var connection = await CliConfig.Rabbit.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var depth = await channel.MessageCountAsync(queue);
        await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
        Report("messages found in the queue", depth, "F0");
        await Drop(schema);
    }

    /// <summary>What a replay does without our code: persistent, confirmed messages piling up in a new durable queue.</summary>
    private static async Task<double> RawPublishRate(int messages, int size)
    {
        await using var connection = await CliConfig.Rabbit.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new RabbitMQ.Client.CreateChannelOptions(true, true));
        var queue = (await channel.QueueDeclareAsync($"timeline-bench-raw-{Guid.NewGuid():N}", durable: true, exclusive: false, autoDelete: false)).QueueName;
        var watch = Stopwatch.StartNew();
        await BenchCommand.PublishMany(channel, queue, messages, size, window: 1000);
        var rate = messages / watch.Elapsed.TotalSeconds;
        await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
        return rate;
    }

    private static async Task QueryLatency(IReadOnlyList<int> sizes, int queries)
    {
        const string schema = "timeline_bench_query";
        await Drop(schema);
        await using var store = TimelineStore.Create(CliConfig.ConnectionString, schema);
        await TimelineStore.EnsureIndexes(store, CancellationToken.None);
        var random = new Random(11);
        var ids = new List<Guid>();
        var at = Instant.FromUtc(2026, 1, 1, 0, 0);
        Console.WriteLine();
        Console.WriteLine($"{"entries",10} {"pk load p50",12} {"pk load p95",12} {"query p50",10} {"query p95",10}  (ms; a page of 50 in a 60-day window for one actor)");
        foreach (var size in sizes)
        {
            while (ids.Count < size)
            {
                var batch = Enumerable.Range(ids.Count, Math.Min(20_000, size - ids.Count)).Select(i => Entry(random, i, at)).ToList();
                await store.BulkInsertAsync(batch, BulkInsertMode.InsertsOnly, 5000);
                ids.AddRange(batch.Select(e => e.Id));
                Console.Error.Write($"\rinserted {ids.Count}/{size}…");
            }

            Console.Error.WriteLine();
            await using (var conn = new Npgsql.NpgsqlConnection(CliConfig.ConnectionString))
            {
                await conn.OpenAsync();
                await using var analyze = new Npgsql.NpgsqlCommand($"analyze {schema}.mt_doc_timelineentry", conn);
                await analyze.ExecuteNonQueryAsync();
            }

            await using var session = store.QuerySession();
            var pk = await Time(queries, async () => await session.LoadAsync<TimelineEntry>(ids[random.Next(ids.Count)]));
            var page = await Time(queries, async () =>
            {
                var from = new LocalDate(1990, 1, 1).PlusDays(random.Next(365 * 30));
                var filter = new TimelineFilter(from, from.PlusDays(60), Countries[random.Next(Countries.Length)], null, 50);
                await TimelineQuery.Read(session, filter, CancellationToken.None);
            });
            Console.WriteLine($"{size,10} {pk.P50,12:F2} {pk.P95,12:F2} {page.P50,10:F2} {page.P95,10:F2}");
        }

        await Drop(schema);
    }

    private static async Task<(double P50, double P95)> Time(int count, Func<Task> action)
    {
        for (var i = 0; i < 20; i++)
        {
            await action(); // warm-up: connections, plans, caches
        }

        var times = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        times.Sort();
        return (times[(int)(times.Count * 0.5)], times[Math.Min(times.Count - 1, (int)(times.Count * 0.95))]);
    }

    /// <summary>A synthetic event between two of twenty countries over 30 years, dated as news dates them (mostly days, some vaguer).</summary>
    public static EntryRecorded Recorded(Random random, int i)
    {
        var (source, target) = Pair(random);
        var start = new LocalDate(1990, 1, 1).PlusDays(random.Next(365 * 30));
        var (end, precision) = random.Next(10) switch
        {
            < 6 => (start, Precision.Day),
            < 8 => (start.PlusDays(9), Precision.MonthPart),
            < 9 => (start.PlusDays(30), Precision.Month),
            _ => (start.PlusDays(364), Precision.Year),
        };
        var date = new EventDate(start, end, precision, DateBasis.Text, null);
        var type = Types[random.Next(Types.Length)];
        var sentence = $"Synthetic report {i}: {source} and {target}, {type.ToLowerInvariant()}.";
        var report = new SourceReport(Guid.NewGuid(), "Bench Wire", $"https://bench.example/{i}", start, date, Modality.Actual, null,
            new Evidence(sentence, 0, sentence.Length), "bench");
        return new EntryRecorded(Guid.NewGuid(), sentence, type, null, "010",
            [new EventActor(ActorRole.Source, source + "GOV", source), new EventActor(ActorRole.Target, target, target)], null, date, report);
    }

    private static TimelineEntry Entry(Random random, int i, Instant at) =>
        TimelineEntry.Create(new Event<EntryRecorded>(Recorded(random, i)) { Timestamp = at.Plus(Duration.FromMilliseconds(i)).ToDateTimeOffset() });

    private static (string, string) Pair(Random random)
    {
        var a = random.Next(Countries.Length);
        var b = (a + 1 + random.Next(Countries.Length - 1)) % Countries.Length;
        return (Countries[a], Countries[b]);
    }

    private static void Report(string measure, double value, string format = "F0") => Console.WriteLine($"{measure,-90} {value.ToString(format, System.Globalization.CultureInfo.InvariantCulture),12}");

    private static async Task Drop(string schema)
    {
        await using var conn = new Npgsql.NpgsqlConnection(CliConfig.ConnectionString);
        await conn.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"drop schema if exists {schema} cascade", conn);
        await drop.ExecuteNonQueryAsync();
    }
}
