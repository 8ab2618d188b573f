using NodaTime;
using Timeline.Contracts;
using Timeline.Core.Events;

namespace Timeline.Store.Entries;

/// <summary>Pure decisions about the timeline: does a report start a new entry or corroborate an existing one?</summary>
public static class EntryDecisions
{
    /// <summary>
    /// A report matches an entry of the same type, with the same sides (source and target countries), an overlapping
    /// world date and a similar account of what happened. An undated report matches nothing (it cannot be told apart),
    /// and an article never corroborates itself.
    /// </summary>
    public static TimelineEntry? FindMatch(IEnumerable<TimelineEntry> candidates, Guid articleId, ReportedEvent reported) =>
        reported.Date.Start is null
            ? null
            : candidates
                .Where(entry =>
                    entry.Plover == reported.Plover
                    && entry.Status == EntryStatus.Active
                    && entry.Reports.All(r => r.ArticleId != articleId)
                    && SameParties(entry.Actors, reported.Actors, reported.Date.Start)
                    && (entry.SpanStart ?? entry.DateStart) is { } start && (entry.SpanEnd ?? entry.DateEnd) is { } end
                    && start <= reported.Date.End && reported.Date.Start <= end)
                .Select(entry => (entry, score: Similarity(entry, reported)))
                .Where(c => c.score >= MinSimilarity)
                .OrderByDescending(c => c.score)
                .Select(c => c.entry)
                .FirstOrDefault();

    public const double MinSimilarity = 0.4;

    /// <summary>Whether a report and an entry tell of the same event, dates aside (type, parties, similar accounts).</summary>
    public static bool SameEventUndated(TimelineEntry entry, ReportedEvent reported) =>
        entry.Plover == reported.Plover && entry.Status == EntryStatus.Active
        && SameParties(entry.Actors, reported.Actors, entry.DateStart) && Similarity(entry, reported) >= MinSimilarity;

    /// <summary>
    /// Year by coreference: an article whose dateline has a day but no year ("WASHINGTON, May 31") and which tells of
    /// events already on the timeline was written after the latest of them — on the first such day after it. Null when
    /// no event of the article is known, or the day does not exist in that year.
    /// </summary>
    public static LocalDate? InferPublication(IEnumerable<LocalDate> knownEventStarts, int month, int day)
    {
        var latest = knownEventStarts.DefaultIfEmpty().Max();
        if (latest == default)
        {
            return null;
        }

        for (var year = latest.Year; year <= latest.Year + 1; year++)
        {
            if (day <= CalendarSystem.Iso.GetDaysInMonth(year, month) && new LocalDate(year, month, day) is var candidate && candidate >= latest)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// How alike two accounts are: their summaries, or either summary against the other's evidence sentences (a terse
    /// lead and a long paragraph about the same strike share little but the words of the terse one).
    /// </summary>
    public static double Similarity(TimelineEntry entry, ReportedEvent reported) =>
        entry.Reports.Select(r => Similarity(reported.Summary, r.Evidence.Sentence))
            .Append(Similarity(entry.Summary, reported.Summary))
            .Append(Similarity(entry.Summary, reported.Evidence.Sentence))
            .Max();

    /// <summary>
    /// Share of the shorter account's content words that the other account also uses (the overlap coefficient):
    /// a terse report and a long one of the same event still score high.
    /// </summary>
    public static double Similarity(string a, string b)
    {
        var x = ContentWords(a);
        var y = ContentWords(b);
        return x.Count == 0 || y.Count == 0 ? 0 : (double)x.Intersect(y).Count() / Math.Min(x.Count, y.Count);
    }

    private static HashSet<string> ContentWords(string text) =>
        text.ToLowerInvariant()
            .Split([' ', ',', '.', ';', ':', '"', '“', '”', '(', ')', '—', '–', '-'], StringSplitOptions.RemoveEmptyEntries)
            // The parties are compared on their own; their names say nothing about what was done.
            .Where(w => w.Length >= 4 && !StopWords.Contains(w) && !Registry.Default.Actors.ContainsKey(w))
            .Select(Stem)
            .ToHashSet();

    /// <summary>A light stem, enough for "killed" and "killing" to meet: no -s, -ed, -ing; near-synonyms of news become one word.</summary>
    private static string Stem(string word)
    {
        if (Synonyms.TryGetValue(word, out var canonical))
        {
            return canonical;
        }

        foreach (var suffix in new[] { "ing", "ed", "es", "s" })
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    // Words the wires use for the same thing ("shut the routes" / "closed the crossings"); ours, small on purpose.
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["shut"] = "close", ["closed"] = "close", ["closing"] = "close", ["closure"] = "close", ["blocked"] = "close", ["blockade"] = "close", ["halted"] = "close", ["suspended"] = "close",
        ["reopened"] = "reopen", ["reopening"] = "reopen", ["resumed"] = "reopen", ["lifted"] = "reopen",
        ["route"] = "route", ["routes"] = "route", ["crossing"] = "route", ["crossings"] = "route", ["lines"] = "route", ["supplies"] = "route", ["convoys"] = "route",
        ["killed"] = "kill", ["killing"] = "kill", ["deaths"] = "kill", ["dead"] = "kill",
        ["soldiers"] = "soldier", ["troops"] = "soldier", ["troop"] = "soldier",
        ["attacked"] = "attack", ["attack"] = "attack", ["strike"] = "attack", ["strikes"] = "attack", ["raid"] = "attack", ["bombed"] = "attack",
        ["aircraft"] = "aircraft", ["helicopters"] = "aircraft", ["jets"] = "aircraft", ["warplanes"] = "aircraft", ["gunships"] = "aircraft",
        ["apologised"] = "apology", ["apologized"] = "apology", ["apology"] = "apology", ["sorry"] = "apology", ["regret"] = "apology",
        ["talks"] = "talk", ["negotiations"] = "talk", ["negotiators"] = "talk",
        ["officers"] = "officer", ["officials"] = "officer", ["trainers"] = "officer", ["personnel"] = "officer",
        ["vacate"] = "leave", ["leave"] = "leave", ["left"] = "leave", ["withdrew"] = "leave", ["evicted"] = "leave",
    };

    private static readonly HashSet<string> StopWords = ["that", "this", "with", "from", "have", "been", "were", "their", "they", "also", "which", "after", "into", "over", "down", "said", "officials", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday"];

    /// <summary>
    /// What a report does to the timeline: start an entry, or corroborate one — and then, if its date is read from the
    /// text, refine the entry's date when strictly more precise, or stand beside it as an alternative when it differs.
    /// </summary>
    public static IReadOnlyList<object> Record(TimelineEntry? match, Guid newEntryId, ReportedEvent reported, SourceReport report)
    {
        if (match is null)
        {
            return [new EntryRecorded(newEntryId, reported.Summary, reported.Plover, reported.Mode, reported.Cameo, reported.Actors,
                reported.Location, reported.Date, report)];
        }

        var events = new List<object> { new ReportAttached(match.Id, report) };
        if (reported.Date is { Basis: DateBasis.Text, Start: { } start, End: { } end } && match.DateStart is { } s && match.DateEnd is { } e)
        {
            var inside = s <= start && end <= e;
            var narrower = inside && (start, end) != (s, e);
            if (narrower || match.Date.Basis != DateBasis.Text && inside)
            {
                events.Add(new EntryDateRefined(match.Id, reported.Date, report.ArticleId));
            }
            // A vaguer report that still holds the entry's date ("late November" for 26 November) agrees with it.
            else if (!inside && !(start <= s && e <= end) && match.Date.Basis == DateBasis.Text)
            {
                events.Add(new EntryDateContested(match.Id, reported.Date, report.ArticleId));
            }
        }

        return events;
    }

    public static readonly IReadOnlyList<string> CorrectableFields = ["summary", "plover", "date"];

    /// <summary>An analyst's correction, checked: a known field, a value that fits it, a reason, an entry still on the timeline.</summary>
    public static EntryCorrected Correct(TimelineEntry entry, string field, string value, string reason, string by)
    {
        RequireActive(entry);
        RequireReason(reason);
        if (!CorrectableFields.Contains(field))
        {
            throw new ArgumentException($"'{field}' cannot be corrected; fields: {string.Join(", ", CorrectableFields)}.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The corrected value is empty.");
        }

        if (field == "date")
        {
            _ = ParseDate(value);
        }

        return new EntryCorrected(entry.Id, field, field == "plover" ? value.Trim().ToUpperInvariant() : value.Trim(), reason.Trim(), by);
    }

    public static EntryRetracted Retract(TimelineEntry entry, string reason, string by)
    {
        RequireActive(entry);
        RequireReason(reason);
        return new EntryRetracted(entry.Id, reason.Trim(), by);
    }

    /// <summary>Merging <paramref name="from"/> into <paramref name="into"/>: one event on each stream, nothing deleted.</summary>
    public static (EntryMerged From, EntryAbsorbed Into) Merge(TimelineEntry from, TimelineEntry into, string reason, string by)
    {
        if (from.Id == into.Id)
        {
            throw new ArgumentException("An entry cannot be merged into itself.");
        }

        RequireActive(from);
        RequireActive(into);
        RequireReason(reason);
        return (new EntryMerged(from.Id, into.Id, reason.Trim(), by), new EntryAbsorbed(into.Id, from.Id, from.Reports, reason.Trim(), by));
    }

    /// <summary>
    /// Splitting the reports of some articles off <paramref name="from"/> into a new entry: an analyst found they tell of
    /// another event. One event on each stream; the new entry starts with the moved reports and the first one's date.
    /// </summary>
    public static (EntrySplit From, EntrySplitOff Into) Split(TimelineEntry from, Guid newEntryId, IReadOnlyCollection<Guid> articleIds,
        string? summary, string reason, string by)
    {
        RequireActive(from);
        RequireReason(reason);
        var moved = from.Reports.Where(r => articleIds.Contains(r.ArticleId)).ToList();
        var unknown = articleIds.Where(a => from.Reports.All(r => r.ArticleId != a)).ToList();
        if (articleIds.Count == 0 || unknown.Count > 0)
        {
            throw new ArgumentException(articleIds.Count == 0
                ? "Name the articles whose reports go to the new entry."
                : $"Entry {from.Id} has no report from {string.Join(", ", unknown)}.");
        }

        if (moved.Count == from.Reports.Count)
        {
            throw new ArgumentException("Every report would leave the entry; correct or retract it instead.");
        }

        var text = string.IsNullOrWhiteSpace(summary) ? from.Summary : summary.Trim();
        return (new EntrySplit(from.Id, newEntryId, [.. articleIds], reason.Trim(), by),
            new EntrySplitOff(newEntryId, from.Id, text, from.Plover, from.Mode, from.Cameo, from.Actors, from.Location, moved[0].Date, moved, reason.Trim(), by));
    }

    /// <summary>A corrected date: "2011-11-26" or "2011-11-21..2011-11-30".</summary>
    public static EventDate ParseDate(string value)
    {
        var parts = value.Split("..", StringSplitOptions.TrimEntries);
        var start = NodaTime.Text.LocalDatePattern.Iso.Parse(parts[0]);
        var end = parts.Length == 2 ? NodaTime.Text.LocalDatePattern.Iso.Parse(parts[1]) : start;
        if (parts.Length > 2 || !start.Success || !end.Success || end.Value < start.Value)
        {
            throw new ArgumentException($"'{value}' is not a date (YYYY-MM-DD) or an interval (YYYY-MM-DD..YYYY-MM-DD).");
        }

        var days = NodaTime.Period.Between(start.Value, end.Value, NodaTime.PeriodUnits.Days).Days;
        var precision = days == 0 ? Precision.Day : days < 7 ? Precision.Week : days < 11 ? Precision.MonthPart : days < 31 ? Precision.Month : Precision.Year;
        return new EventDate(start.Value, end.Value, precision, DateBasis.Text, "corrected by an analyst");
    }

    private static void RequireActive(TimelineEntry entry)
    {
        if (entry.Status != EntryStatus.Active)
        {
            throw new InvalidOperationException($"Entry {entry.Id} is {entry.Status.ToString().ToLowerInvariant()}; it can no longer change.");
        }
    }

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A reason is required: corrections are part of the record.");
        }
    }

    /// <summary>The same source and the same target (each may be missing on one side only if missing on both).</summary>
    private static bool SameParties(IReadOnlyList<EventActor> a, IReadOnlyList<EventActor> b, NodaTime.LocalDate? day)
    {
        bool Same(ActorRole role)
        {
            var x = a.Where(e => e.Role == role).Select(e => e.Code).ToList();
            var y = b.Where(e => e.Role == role).Select(e => e.Code).ToList();
            return x.Count == 0 && y.Count == 0 || x.Any(p => y.Any(q => ActorCodes.SameParty(p, q, day)));
        }

        return Same(ActorRole.Source) && Same(ActorRole.Target);
    }
}
