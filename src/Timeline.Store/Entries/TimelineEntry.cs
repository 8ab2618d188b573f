using System.Globalization;
using System.Numerics;
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
    string ExtractorVersion,
    IReadOnlyList<Evidence>? Retold = null);

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

/// <summary>A report dated the event more precisely than the entry did ("late November" → 26 November).</summary>
public sealed record EntryDateRefined(Guid EntryId, EventDate Date, Guid ArticleId);

/// <summary>A report dated the event differently and not more precisely: kept beside the entry's date, never over it.</summary>
public sealed record EntryDateContested(Guid EntryId, EventDate Alternative, Guid ArticleId);

/// <summary>An analyst corrected a field of the entry (summary, type, date or location), saying why.</summary>
public sealed record EntryCorrected(Guid EntryId, string Field, string Value, string Reason, string By);

/// <summary>An analyst withdrew the entry from the timeline, saying why; its history stays.</summary>
public sealed record EntryRetracted(Guid EntryId, string Reason, string By);

/// <summary>An analyst found this entry to be the same event as another; its reports now count there.</summary>
public sealed record EntryMerged(Guid EntryId, Guid IntoEntryId, string Reason, string By);

/// <summary>The reports of a merged entry joined this one.</summary>
public sealed record EntryAbsorbed(Guid EntryId, Guid FromEntryId, IReadOnlyList<SourceReport> Reports, string Reason, string By);

/// <summary>An analyst found that the reports of some articles tell of another event; they left for a new entry.</summary>
public sealed record EntrySplit(Guid EntryId, Guid NewEntryId, IReadOnlyList<Guid> ArticleIds, string Reason, string By);

/// <summary>A new entry made of reports split off another one (the first event of its stream).</summary>
public sealed record EntrySplitOff(
    Guid EntryId,
    Guid FromEntryId,
    string Summary,
    string Plover,
    string? Mode,
    string Cameo,
    IReadOnlyList<EventActor> Actors,
    Place? Location,
    EventDate Date,
    IReadOnlyList<SourceReport> Reports,
    string Reason,
    string By);

/// <summary>Reprocessing read the article again and now finds a different date, modality or attribution for its report.</summary>
public sealed record ReportRevised(Guid EntryId, SourceReport Report, string Reason);

/// <summary>
/// Reprocessing no longer finds this article's report of the event. The report leaves the entry; an entry left with no
/// report is withdrawn from the timeline (its history stays).
/// </summary>
public sealed record ReportWithdrawn(Guid EntryId, Guid ArticleId, Evidence Evidence, string ExtractorVersion, string Reason);

public enum EntryStatus
{
    Active,
    Retracted,
    Merged,
}

/// <summary>A date another source gives for the event, with the article that gives it.</summary>
public sealed record AlternativeDate(EventDate Date, Guid ArticleId);

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

    /// <summary>The span every report's date falls in: a new report is matched against it, not only the refined date.</summary>
    public LocalDate? SpanStart { get; set; }
    public LocalDate? SpanEnd { get; set; }

    /// <summary>
    /// The timeline's order as one indexed key — world date, then record time, then id — so a page after a cursor is
    /// one index range scan however long the timeline grows. Digits only: every collation orders it the same way.
    /// </summary>
    public string SortKey { get; set; } = "";

    public List<SourceReport> Reports { get; set; } = [];
    public List<AlternativeDate> Alternatives { get; set; } = [];
    public EntryStatus Status { get; set; } = EntryStatus.Active;
    public Guid? MergedInto { get; set; }
    /// <summary>The fields an analyst corrected: reprocessing never undoes them.</summary>
    public List<string> CorrectedFields { get; set; } = [];

    /// <summary>The entry this one was split off, when an analyst split it.</summary>
    public Guid? SplitFrom { get; set; }
    public int SourceCount { get; set; }
    public Instant RecordedAt { get; set; }
    public Instant UpdatedAt { get; set; }
    /// <summary>How many stored events built this entry (1 when first recorded).</summary>
    public int Revision { get; set; }

    public static TimelineEntry Create(IEvent<EntryRecorded> recorded)
    {
        var e = recorded.Data;
        return Start(recorded, e.EntryId, e.Summary, e.Plover, e.Mode, e.Cameo, e.Actors, e.Location, e.Date, [e.Report]);
    }

    public static TimelineEntry Create(IEvent<EntrySplitOff> splitOff)
    {
        var e = splitOff.Data;
        var entry = Start(splitOff, e.EntryId, e.Summary, e.Plover, e.Mode, e.Cameo, e.Actors, e.Location, e.Date, e.Reports);
        entry.SplitFrom = e.FromEntryId;
        return entry;
    }

    private static TimelineEntry Start(IEvent first, Guid id, string summary, string plover, string? mode, string cameo,
        IReadOnlyList<EventActor> actors, Place? location, EventDate date, IEnumerable<SourceReport> reports)
    {
        var entry = new TimelineEntry
        {
            Id = id,
            Summary = summary,
            Plover = plover,
            Mode = mode,
            Cameo = cameo,
            Actors = [.. actors],
            ActorKeys = KeysOf(actors),
            Location = location,
            Reports = [.. reports],
            RecordedAt = StoredTime(first.Timestamp),
        };
        entry.SetDate(date);
        entry.Touch(first);
        return entry;
    }

    public void Apply(IEvent<EntrySplit> split)
    {
        Reports.RemoveAll(r => split.Data.ArticleIds.Contains(r.ArticleId));
        Alternatives.RemoveAll(a => split.Data.ArticleIds.Contains(a.ArticleId));
        Touch(split);
    }

    public void Apply(IEvent<ReportRevised> revised)
    {
        var report = revised.Data.Report;
        var index = Reports.FindIndex(r => r.ArticleId == report.ArticleId && r.Evidence == report.Evidence);
        if (index >= 0)
        {
            Reports[index] = report;
        }

        // The entry's date follows its only report, unless an analyst set it.
        if (Reports.Count == 1 && !CorrectedFields.Contains("date"))
        {
            SetDate(report.Date);
        }

        Touch(revised);
    }

    public void Apply(IEvent<ReportWithdrawn> withdrawn)
    {
        Reports.RemoveAll(r => r.ArticleId == withdrawn.Data.ArticleId && r.Evidence == withdrawn.Data.Evidence);
        if (Reports.Count == 0)
        {
            Status = EntryStatus.Retracted;
        }

        Touch(withdrawn);
    }

    public void Apply(IEvent<ReportAttached> attached)
    {
        Reports.Add(attached.Data.Report);
        Touch(attached);
    }

    public void Apply(IEvent<EntryDateRefined> refined)
    {
        SetDate(refined.Data.Date);
        Touch(refined);
    }

    public void Apply(IEvent<EntryDateContested> contested)
    {
        Alternatives.Add(new AlternativeDate(contested.Data.Alternative, contested.Data.ArticleId));
        Touch(contested);
    }

    public void Apply(IEvent<EntryCorrected> corrected)
    {
        var (field, value) = (corrected.Data.Field, corrected.Data.Value);
        switch (field)
        {
            case "summary":
                Summary = value;
                break;
            case "plover":
                Plover = value;
                break;
            case "date":
                SetDate(EntryDecisions.ParseDate(value));
                break;
        }

        if (!CorrectedFields.Contains(field))
        {
            CorrectedFields.Add(field);
        }

        Touch(corrected);
    }

    public void Apply(IEvent<EntryRetracted> retracted)
    {
        Status = EntryStatus.Retracted;
        Touch(retracted);
    }

    public void Apply(IEvent<EntryMerged> merged)
    {
        Status = EntryStatus.Merged;
        MergedInto = merged.Data.IntoEntryId;
        Touch(merged);
    }

    public void Apply(IEvent<EntryAbsorbed> absorbed)
    {
        Reports.AddRange(absorbed.Data.Reports);
        Touch(absorbed);
    }

    private void Widen()
    {
        var starts = Reports.Select(r => r.Date.Start).Append(DateStart).OfType<LocalDate>().ToList();
        var ends = Reports.Select(r => r.Date.End).Append(DateEnd).OfType<LocalDate>().ToList();
        SpanStart = starts.Count > 0 ? starts.Min() : null;
        SpanEnd = ends.Count > 0 ? ends.Max() : null;
    }

    private void SetDate(EventDate date)
    {
        Date = date;
        DateStart = date.Start;
        DateEnd = date.End;
        SortKey = SortKeyOf(DateStart, DateEnd, RecordedAt, Id);
    }

    /// <summary>Two dates of 8 digits, record ticks of 19, the id as a 39-digit number.</summary>
    public const int SortKeyLength = 8 + 8 + 19 + 39;

    /// <summary>Undated entries sort last; ties on the date go to the entry recorded first.</summary>
    public static string SortKeyOf(LocalDate? start, LocalDate? end, Instant recordedAt, Guid id) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Day(start)}{Day(end)}{recordedAt.ToUnixTimeTicks() - Origin:D19}{new BigInteger(id.ToByteArray(), isUnsigned: true):D39}");

    private static readonly long Origin = Instant.MinValue.ToUnixTimeTicks();

    private static string Day(LocalDate? date) => date is { } d && d.Year is > 0 and < 10000
        ? string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}{d.Month:D2}{d.Day:D2}")
        : "99999999";

    private void Touch(IEvent stored)
    {
        Widen();
        SourceCount = Reports.Select(r => r.Url ?? r.ArticleId.ToString()).Distinct().Count();
        // Reports the entry no longer has cannot keep alternative dates alive.
        Alternatives.RemoveAll(a => Reports.All(r => r.ArticleId != a.ArticleId));
        UpdatedAt = StoredTime(stored.Timestamp);
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
