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
                    && entry.Reports.All(r => r.ArticleId != articleId)
                    && SameParties(entry.Actors, reported.Actors, reported.Date.Start)
                    && entry.DateStart is { } start && entry.DateEnd is { } end
                    && start <= reported.Date.End && reported.Date.Start <= end)
                .Select(entry => (entry, score: Similarity(entry, reported)))
                .Where(c => c.score >= MinSimilarity)
                .OrderByDescending(c => c.score)
                .Select(c => c.entry)
                .FirstOrDefault();

    public const double MinSimilarity = 0.4;

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
            .Where(w => w.Length >= 4 && !StopWords.Contains(w))
            .Select(Stem)
            .ToHashSet();

    /// <summary>A light stem, enough for "killed" and "killing" to meet: no -s, -ed, -ing.</summary>
    private static string Stem(string word)
    {
        foreach (var suffix in new[] { "ing", "ed", "es", "s" })
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static readonly HashSet<string> StopWords = ["that", "this", "with", "from", "have", "been", "were", "their", "they", "also", "which", "after", "into", "over"];

    public static object Record(TimelineEntry? match, Guid newEntryId, ReportedEvent reported, SourceReport report) =>
        match is null
            ? new EntryRecorded(newEntryId, reported.Summary, reported.Plover, reported.Mode, reported.Cameo, reported.Actors,
                reported.Location, reported.Date, report)
            : new ReportAttached(match.Id, report);

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
