using System.Buffers.Text;
using System.Text;
using Marten;
using Marten.Linq.MatchesSql;
using NodaTime;
using Timeline.Store.Entries;

namespace Timeline.Store.Queries;

/// <summary>
/// Which part of the timeline to read: a world-date window, an actor (code or country), a PLOVER type, a named
/// timeline, and a page of <see cref="PageSize"/> entries after <see cref="After"/> (the sort key a cursor carries).
/// </summary>
public sealed record TimelineFilter(LocalDate? From, LocalDate? To, string? Actor, string? Type, int PageSize = 50,
    bool IncludeWithdrawn = false, NamedTimeline? Timeline = null, string? After = null, bool WithTotal = false)
{
    public const int MaxPageSize = 500;
}

/// <summary>A page of entries; <see cref="Next"/> is the cursor for the page after it (null on the last page).</summary>
public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, int PageSize, string? Next, int? Total);

public static class TimelineQuery
{
    /// <summary>
    /// Entries in world-date order (undated ones last); an entry is in a window if its date overlaps it. Paging is by
    /// keyset on <see cref="TimelineEntry.SortKey"/>: a page costs the same at entry 50 and at entry 500,000, and an
    /// entry recorded while someone pages is neither skipped nor shown twice. The total is counted only when asked.
    /// </summary>
    public static async Task<TimelinePage> Read(IQuerySession session, TimelineFilter filter, CancellationToken ct)
    {
        if (filter.PageSize is < 1 or > TimelineFilter.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(filter), $"pageSize must be within 1..{TimelineFilter.MaxPageSize}");
        }

        int? total = filter.WithTotal ? await Filtered(session, filter, onePage: false).CountAsync(ct) : null;
        var query = Filtered(session, filter, onePage: true);
        if (filter.After is { } after)
        {
            query = query.Where(e => e.MatchesSql("d.sort_key > ?", after));
        }

        var entries = await query.OrderBy(e => e.SortKey).Take(filter.PageSize + 1).ToListAsync(ct);
        return Page(entries, filter, total);
    }

    /// <summary>Every matching entry in timeline order, streamed: for exports of any size.</summary>
    public static IAsyncEnumerable<TimelineEntry> All(IQuerySession session, TimelineFilter filter, CancellationToken ct) =>
        Filtered(session, filter, onePage: false).OrderBy(e => e.SortKey).ToAsyncEnumerable(ct);

    /// <param name="onePage">Only the page after the cursor is wanted: the actor–date probe may stop there.</param>
    private static IQueryable<TimelineEntry> Filtered(IQuerySession session, TimelineFilter filter, bool onePage)
    {
        IQueryable<TimelineEntry> query = session.Query<TimelineEntry>();
        if (!filter.IncludeWithdrawn)
        {
            query = query.Where(e => e.Status == EntryStatus.Active);
        }

        var window = filter.From is not null || filter.To is not null;
        var (from, to) = ((object?)filter.From ?? DBNull.Value, (object?)filter.To ?? DBNull.Value);
        if (filter.Actor is { Length: > 0 } actor && window)
        {
            // One probe of the actor–date GiST, and the page cut there (by sort key, after the cursor) so only a page of
            // entries is read, however many the window holds. A named timeline filters further, so it takes them all.
            var schema = session.DocumentStore.Options.DatabaseSchemaName;
            var plover = (object?)filter.Type?.ToUpperInvariant() ?? DBNull.Value;
            var after = (object?)filter.After ?? DBNull.Value;
            var limit = onePage && filter.Timeline is null ? (object)(filter.PageSize + 1) : DBNull.Value;
            query = query.Where(e => e.MatchesSql(
                $"d.id in (select a.entry_id from {schema}.{TimelineStore.ActorDates} a where a.actor = ? and a.dates && daterange(?::date, ?::date, '[]') " +
                "and (a.active or ?) and (?::text is null or a.plover = ?) and (?::text is null or a.sort_key > ?) order by a.sort_key limit ?::int)",
                actor.ToUpperInvariant(), from, to, filter.IncludeWithdrawn, plover, plover, after, after, limit));
        }
        else if (window)
        {
            // Overlap of the entry's interval with the window, answered by the date-range GiST (open ends unbounded).
            query = query.Where(e => e.MatchesSql(
                "d.date_start is not null and daterange(d.date_start, d.date_end, '[]') && daterange(?::date, ?::date, '[]')", from, to));
        }
        else if (filter.Actor is { Length: > 0 } actorOnly)
        {
            var code = actorOnly.ToUpperInvariant();
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

        return query;
    }

    /// <summary>
    /// The timeline as it stood at a past record time: every entry rebuilt from its events recorded up to then
    /// (Marten's timestamps — when we learned it — never the world dates), then filtered and ordered as usual.
    /// </summary>
    public static async Task<TimelinePage> AsOf(IQuerySession session, TimelineFilter filter, Instant asOf, CancellationToken ct)
    {
        var until = asOf.ToDateTimeOffset();
        var streamIds = await session.Events.QueryAllRawEvents()
            .Where(e => e.Timestamp <= until && (e.EventTypeName == "entry_recorded" || e.EventTypeName == "entry_split_off"))
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
            .OrderBy(e => e.SortKey, StringComparer.Ordinal)
            .ToList();
        var page = matching.Where(e => filter.After is not { } after || string.CompareOrdinal(e.SortKey, after) > 0).Take(filter.PageSize + 1).ToList();
        return Page(page, filter, filter.WithTotal ? matching.Count : null);
    }

    private static TimelinePage Page(IReadOnlyList<TimelineEntry> entries, TimelineFilter filter, int? total)
    {
        var more = entries.Count > filter.PageSize;
        var shown = more ? entries.Take(filter.PageSize).ToList() : entries;
        return new TimelinePage(shown, filter.PageSize, more ? Cursor.From(shown[^1].SortKey) : null, total);
    }
}

/// <summary>An opaque page token: the sort key of the last entry shown, base64url so clients do not build their own.</summary>
public static class Cursor
{
    public static string From(string sortKey) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(sortKey));

    public static bool TryRead(string cursor, out string sortKey)
    {
        sortKey = "";
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.Length == TimelineEntry.SortKeyLength && text.All(char.IsAsciiDigit))
            {
                sortKey = text;
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }
}
