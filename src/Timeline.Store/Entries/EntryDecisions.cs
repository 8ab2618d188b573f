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
                    && Sides(entry.Actors) == Sides(reported.Actors)
                    && entry.DateStart is { } start && entry.DateEnd is { } end
                    && start <= reported.Date.End && reported.Date.Start <= end)
                .Select(entry => (entry, score: Similarity(entry.Summary, reported.Summary)))
                .Where(c => c.score >= MinSimilarity)
                .OrderByDescending(c => c.score)
                .Select(c => c.entry)
                .FirstOrDefault();

    public const double MinSimilarity = 0.4;

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
            .Select(w => w.TrimEnd('s'))
            .ToHashSet();

    private static readonly HashSet<string> StopWords = ["that", "this", "with", "from", "have", "been", "were", "their", "they", "also", "which", "after", "into", "over"];

    public static object Record(TimelineEntry? match, Guid newEntryId, ReportedEvent reported, SourceReport report) =>
        match is null
            ? new EntryRecorded(newEntryId, reported.Summary, reported.Plover, reported.Mode, reported.Cameo, reported.Actors,
                reported.Location, reported.Date, report)
            : new ReportAttached(match.Id, report);

    private static string Sides(IEnumerable<EventActor> actors) => string.Join(">",
        actors.Where(a => a.Role != ActorRole.Other)
            .OrderBy(a => a.Role)
            .Select(a => ActorCodes.Side(a.Code))
            .Distinct());
}
