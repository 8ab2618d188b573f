using JasperFx.Events;
using Marten;
using NodaTime.Text;
using Timeline.Store;
using Timeline.Store.Entries;
using Timeline.Store.Publishing;

namespace Timeline.Cli.Commands;

/// <summary>
/// timeline replay [--from-position N] [--from-time ISO-INSTANT] [--stream ID] [--to-queue NAME [--then-live [--bind KEYS]]]:
/// the stored events in store order; with --to-queue, entry events are re-sent as new-event messages to that queue only
/// (live subscribers see nothing). With --then-live the queue is bound to the topic exchange before the history is read,
/// so it goes on receiving live messages: nothing falls in a gap, and what arrives twice (live and replayed) carries the
/// same message id.
/// </summary>
public static class ReplayCommand
{
    public static async Task<int> Run(Args args)
    {
        var fromPosition = long.Parse(args.Option("from-position") ?? "0");
        var fromTimeText = args.Option("from-time");
        var streamText = args.Option("stream");
        var queue = args.Option("to-queue");
        var thenLive = args.Flag("then-live");
        var bindings = (args.Option("bind") ?? "entry.#").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var quiet = args.Flag("quiet");
        args.RejectUnknown();
        if (thenLive && queue is null)
        {
            throw new UsageException("--then-live needs --to-queue NAME");
        }

        DateTimeOffset? fromTime = null;
        if (fromTimeText is not null)
        {
            var parsed = InstantPattern.ExtendedIso.Parse(fromTimeText);
            fromTime = parsed.Success ? parsed.Value.ToDateTimeOffset() : throw new UsageException($"'{fromTimeText}' is not an instant like 2026-01-31T12:00:00Z");
        }

        Guid? stream = streamText is null ? null : Guid.TryParse(streamText, out var g) ? g : throw new UsageException($"'{streamText}' is not a stream id");

        await using var store = TimelineStore.Create(CliConfig.ConnectionString);
        await using var session = store.QuerySession();
        await using var publisher = queue is null ? null : new RabbitPublisher(CliConfig.Rabbit);
        if (thenLive)
        {
            await publisher!.BindToLive(queue!, bindings, CancellationToken.None);
            Console.Error.WriteLine($"queue {queue} bound to {EntryMessages.Exchange} ({string.Join(", ", bindings)}): live messages now arrive there too");
        }

        var count = 0;
        var position = fromPosition;
        while (true)
        {
            IQueryable<IEvent> query = session.Events.QueryAllRawEvents().Where(e => e.Sequence > position);
            if (fromTime is { } t)
            {
                query = query.Where(e => e.Timestamp >= t);
            }

            if (stream is { } s)
            {
                query = query.Where(e => e.StreamId == s);
            }

            var batch = await query.OrderBy(e => e.Sequence).Take(1000).ToListAsync();
            if (batch.Count == 0)
            {
                break;
            }

            var entries = (await session.LoadManyAsync<TimelineEntry>(batch.Select(e => e.StreamId).Distinct())).ToDictionary(e => e.Id);
            var messages = new List<Contracts.TimelineEntryPublished>();
            foreach (var e in batch)
            {
                var entry = entries.GetValueOrDefault(e.StreamId);
                if (!quiet)
                {
                    Console.WriteLine($"{e.Sequence,8}  {e.Timestamp:yyyy-MM-ddTHH:mm:ss.fffZ}  {e.StreamId}  {e.EventTypeName,-26} {entry?.Summary}");
                }

                if (entry is not null && EntryMessages.For(e, entry) is { } message)
                {
                    messages.Add(message);
                }

                count++;
            }

            if (publisher is not null)
            {
                await publisher.PublishToQueue(queue!, messages, CancellationToken.None);
            }

            position = batch[^1].Sequence;
            Console.Error.Write($"\r{count} events read, position {position}…");
        }

        Console.Error.WriteLine($"\r{count} events replayed{(queue is null ? "" : $" to queue {queue}")}, up to position {position}{(thenLive ? "; the queue continues live" : "")}");
        return 0;
    }
}
