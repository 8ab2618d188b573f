using JasperFx.Events;
using Marten;
using Timeline.Contracts;
using Timeline.Store.Entries;

namespace Timeline.Store.Publishing;

/// <summary>Stored events in store order from a position (and a record time, a stream), in batches, with their entries.</summary>
public static class Replay
{
    /// <param name="Messages">The new-event messages of this batch, as the live publisher sent them (same ids), encoded
    /// while the previous batch is being published.</param>
    public sealed record Batch(IReadOnlyList<IEvent> Events, IReadOnlyDictionary<Guid, TimelineEntry> Entries, IReadOnlyList<RabbitPublisher.Encoded> Messages);

    /// <summary>
    /// Reads every batch after <paramref name="fromPosition"/> and hands them over in order; the next batch is read while
    /// the previous one is handled. Returns the events read and the last position.
    /// </summary>
    public static async Task<(long Events, long Position)> Read(IDocumentStore store, long fromPosition, DateTimeOffset? fromTime, Guid? stream,
        Func<Batch, Task> onBatch, CancellationToken ct, int batchSize = 1000)
    {
        var (count, position) = (0L, fromPosition);
        var next = ReadBatch(store, position, fromTime, stream, batchSize, ct);
        while (true)
        {
            var batch = await next;
            if (batch.Events.Count == 0)
            {
                return (count, position);
            }

            position = batch.Events[^1].Sequence;
            count += batch.Events.Count;
            next = ReadBatch(store, position, fromTime, stream, batchSize, ct);
            await onBatch(batch);
        }
    }

    private static async Task<Batch> ReadBatch(IDocumentStore store, long after, DateTimeOffset? fromTime, Guid? stream, int batchSize, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        IQueryable<IEvent> query = session.Events.QueryAllRawEvents().Where(e => e.Sequence > after);
        if (fromTime is { } t)
        {
            query = query.Where(e => e.Timestamp >= t);
        }

        if (stream is { } s)
        {
            query = query.Where(e => e.StreamId == s);
        }

        var events = await query.OrderBy(e => e.Sequence).Take(batchSize).ToListAsync(ct);
        var entries = events.Count == 0
            ? new Dictionary<Guid, TimelineEntry>()
            : (await session.LoadManyAsync<TimelineEntry>(ct, events.Select(e => e.StreamId).Distinct())).ToDictionary(e => e.Id);
        var messages = events.Select(e => entries.TryGetValue(e.StreamId, out var entry) ? EntryMessages.For(e, entry) : null)
            .OfType<TimelineEntryPublished>().Select(RabbitPublisher.Encode).ToList();
        return new Batch(events, entries, messages);
    }
}
