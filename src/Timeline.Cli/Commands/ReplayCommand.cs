using NodaTime.Text;
using Timeline.Store;
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
        await using var publisher = queue is null ? null : new RabbitPublisher(CliConfig.Rabbit);
        if (thenLive)
        {
            await publisher!.BindToLive(queue!, bindings, CancellationToken.None);
            Console.Error.WriteLine($"queue {queue} bound to {EntryMessages.Exchange} ({string.Join(", ", bindings)}): live messages now arrive there too");
        }

        var (count, position) = await Replay.Read(store, fromPosition, fromTime, stream, async batch =>
        {
            if (!quiet)
            {
                foreach (var e in batch.Events)
                {
                    Console.WriteLine($"{e.Sequence,8}  {e.Timestamp:yyyy-MM-ddTHH:mm:ss.fffZ}  {e.StreamId}  {e.EventTypeName,-26} {batch.Entries.GetValueOrDefault(e.StreamId)?.Summary}");
                }
            }

            if (publisher is not null)
            {
                await publisher.PublishToQueue(queue!, batch.Messages, CancellationToken.None);
            }

            Console.Error.Write($"\r{batch.Events[^1].Sequence} is the last position read…");
        }, CancellationToken.None);

        Console.Error.WriteLine($"\r{count} events replayed{(queue is null ? "" : $" to queue {queue}")}, up to position {position}{(thenLive ? "; the queue continues live" : "")}");
        return 0;
    }
}
