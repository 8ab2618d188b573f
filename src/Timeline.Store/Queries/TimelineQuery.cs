using Marten;
using NodaTime;
using Timeline.Store.Entries;

namespace Timeline.Store.Queries;

/// <summary>Which part of the timeline to read: a world-date window, an actor (code or country), a PLOVER type, a page.</summary>
public sealed record TimelineFilter(LocalDate? From, LocalDate? To, string? Actor, string? Type, int Page = 1, int PageSize = 50,
    bool IncludeWithdrawn = false, NamedTimeline? Timeline = null)
{
    public const int MaxPageSize = 500;
}

public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, int Page, int PageSize, int Total);

public static class TimelineQuery
{
    /// <summary>Entries in world-date order (undated ones last); an entry is in a window if its date overlaps it.</summary>
    public static async Task<TimelinePage> Read(IQuerySession session, TimelineFilter filter, CancellationToken ct)
    {
        if (filter.Page < 1 || filter.PageSize is < 1 or > TimelineFilter.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(filter), $"page must be ≥ 1 and pageSize within 1..{TimelineFilter.MaxPageSize}");
        }

        IQueryable<TimelineEntry> query = session.Query<TimelineEntry>();
        if (!filter.IncludeWithdrawn)
        {
            query = query.Where(e => e.Status == EntryStatus.Active);
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.DateEnd >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.DateStart <= to);
        }

        if (filter.Actor is { Length: > 0 } actor)
        {
            var code = actor.ToUpperInvariant();
            query = query.Where(e => e.ActorKeys.Contains(code));
        }

        if (filter.Type is { Length: > 0 } type)
        {
            var plover = type.ToUpperInvariant();
            query = query.Where(e => e.Plover == plover);
        }

        if (filter.Timeline is { } timeline)
        {
            var a = timeline.SideA.ToArray();
            var b = timeline.SideB.ToArray();
            query = query.Where(e => e.ActorKeys.Any(k => a.Contains(k)) && e.ActorKeys.Any(k => b.Contains(k)));
        }

        var total = await query.CountAsync(ct);
        var entries = await query
            .OrderBy(e => e.DateStart)
            .ThenBy(e => e.DateEnd)
            .ThenBy(e => e.RecordedAt)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .ToListAsync(ct);
        return new TimelinePage(entries, filter.Page, filter.PageSize, total);
    }

    /// <summary>
    /// The timeline as it stood at a past record time: every entry rebuilt from its events recorded up to then
    /// (Marten's timestamps — when we learned it — never the world dates), then filtered and ordered as usual.
    /// </summary>
    public static async Task<TimelinePage> AsOf(IQuerySession session, TimelineFilter filter, Instant asOf, CancellationToken ct)
    {
        var until = asOf.ToDateTimeOffset();
        var streamIds = await session.Events.QueryAllRawEvents()
            .Where(e => e.Timestamp <= until && e.EventTypeName == "entry_recorded")
            .Select(e => e.StreamId)
            .ToListAsync(ct);
        var entries = new List<TimelineEntry>();
        foreach (var id in streamIds)
        {
            if (await session.Events.AggregateStreamAsync<TimelineEntry>(id, timestamp: until, token: ct) is { } entry)
            {
                entries.Add(entry);
            }
        }

        var matching = entries
            .Where(e => filter.IncludeWithdrawn || e.Status == EntryStatus.Active)
            .Where(e => filter.From is not { } f || e.DateEnd >= f)
            .Where(e => filter.To is not { } t || e.DateStart <= t)
            .Where(e => filter.Actor is not { Length: > 0 } a || e.ActorKeys.Contains(a.ToUpperInvariant()))
            .Where(e => filter.Type is not { Length: > 0 } p || e.Plover == p.ToUpperInvariant())
            .Where(e => filter.Timeline is not { } t || t.Contains(e.ActorKeys))
            .OrderBy(e => e.DateStart is null).ThenBy(e => e.DateStart).ThenBy(e => e.DateEnd).ThenBy(e => e.RecordedAt)
            .ToList();
        return new TimelinePage(matching.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToList(), filter.Page, filter.PageSize, matching.Count);
    }
}
