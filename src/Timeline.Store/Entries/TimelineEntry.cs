using JasperFx.Events;
using NodaTime;
using Timeline.Contracts;
using Timeline.Core.Events;

namespace Timeline.Store.Entries;

/// <summary>One article's report of an event: where it was read, the evidence, and the date that article supports.</summary>
public sealed record SourceReport(
    Guid ArticleId,
    string? SourceName,
    string? Url,
    LocalDate? Published,
    EventDate Date,
    Modality Modality,
    string? Attribution,
    Evidence Evidence,
    string ExtractorVersion);

/// <summary>A new real-world event entered the timeline, from its first report.</summary>
public sealed record EntryRecorded(
    Guid EntryId,
    string Summary,
    string Plover,
    string? Mode,
    string Cameo,
    IReadOnlyList<EventActor> Actors,
    Place? Location,
    EventDate Date,
    SourceReport Report);

/// <summary>Another article reported an event already on the timeline; it corroborates the entry.</summary>
public sealed record ReportAttached(Guid EntryId, SourceReport Report);

/// <summary>
/// A timeline entry: one real event with every report of it. Built from its own stream (inline projection);
/// the world date lives in the payload, the record time in Marten's event metadata. The two are never mixed.
/// </summary>
public sealed class TimelineEntry
{
    public Guid Id { get; set; }
    public string Summary { get; set; } = "";
    public string Plover { get; set; } = "";
    public string? Mode { get; set; }
    public string Cameo { get; set; } = "";
    public List<EventActor> Actors { get; set; } = [];

    /// <summary>Actor codes and their countries, for filtering: PAKMIL is found under PAK too.</summary>
    public List<string> ActorKeys { get; set; } = [];

    public Place? Location { get; set; }
    public EventDate Date { get; set; } = new(null, null, Precision.Unknown, DateBasis.Unknown, null);

    /// <summary>The world date's first and last day, copied out of <see cref="Date"/> for indexing and sorting.</summary>
    public LocalDate? DateStart { get; set; }
    public LocalDate? DateEnd { get; set; }

    public List<SourceReport> Reports { get; set; } = [];
    public int SourceCount { get; set; }
    public Instant RecordedAt { get; set; }
    public Instant UpdatedAt { get; set; }
    /// <summary>How many stored events built this entry (1 when first recorded).</summary>
    public int Revision { get; set; }

    public static TimelineEntry Create(IEvent<EntryRecorded> recorded)
    {
        var e = recorded.Data;
        var entry = new TimelineEntry
        {
            Id = e.EntryId,
            Summary = e.Summary,
            Plover = e.Plover,
            Mode = e.Mode,
            Cameo = e.Cameo,
            Actors = [.. e.Actors],
            ActorKeys = KeysOf(e.Actors),
            Location = e.Location,
            Date = e.Date,
            DateStart = e.Date.Start,
            DateEnd = e.Date.End,
            Reports = [e.Report],
            SourceCount = 1,
            RecordedAt = StoredTime(recorded.Timestamp),
            Revision = 1,
        };
        entry.UpdatedAt = entry.RecordedAt;
        return entry;
    }

    public void Apply(IEvent<ReportAttached> attached)
    {
        Reports.Add(attached.Data.Report);
        SourceCount = Reports.Select(r => r.Url ?? r.ArticleId.ToString()).Distinct().Count();
        UpdatedAt = StoredTime(attached.Timestamp);
        Revision++;
    }

    /// <summary>PostgreSQL keeps microseconds: a live projection and a rebuilt one must see the same instant.</summary>
    private static Instant StoredTime(DateTimeOffset timestamp) =>
        Instant.FromUnixTimeTicks(Instant.FromDateTimeOffset(timestamp).ToUnixTimeTicks() / 10 * 10);

    public static List<string> KeysOf(IEnumerable<EventActor> actors) =>
        actors.SelectMany(a => new[] { a.Code, ActorCodes.Side(a.Code) })
            .Distinct()
            .ToList();
}
