using NodaTime;
using Timeline.Contracts;

namespace Timeline.Core.Events;

/// <summary>A gold event: a piece of its evidence sentence, its type, its sides and the interval its date must fall in.</summary>
public sealed record GoldEvent(string Evidence, string Plover, string Source, string? Target, LocalDate Start, LocalDate End);

/// <summary>How a set of extracted events compares with the gold events of the same texts.</summary>
/// Precision counts extracted events that tell a gold event (an event merged from two reports counts once); recall
/// counts gold events told.
public sealed record EventScore(
    int Gold, int System, int Matched, int SentenceMatched, int TypeRight, int ActorsRight, int DatesRight, int PublicationDated,
    int Duplicates, IReadOnlyList<string> Errors, int SystemMatched)
{
    public static EventScore Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, [], 0);

    public double Precision => System == 0 ? 0 : (double)SystemMatched / System;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double TypeAccuracy => SentenceMatched == 0 ? 0 : (double)TypeRight / SentenceMatched;
    public double ActorAccuracy => Matched == 0 ? 0 : (double)ActorsRight / Matched;
    public double DateAccuracy => Matched == 0 ? 0 : (double)DatesRight / Matched;
    public double PublicationShare => Matched == 0 ? 0 : (double)PublicationDated / Matched;

    public static EventScore operator +(EventScore a, EventScore b) => new(
        a.Gold + b.Gold, a.System + b.System, a.Matched + b.Matched, a.SentenceMatched + b.SentenceMatched, a.TypeRight + b.TypeRight,
        a.ActorsRight + b.ActorsRight, a.DatesRight + b.DatesRight, a.PublicationDated + b.PublicationDated, a.Duplicates + b.Duplicates,
        [.. a.Errors, .. b.Errors], a.SystemMatched + b.SystemMatched);
}

/// <summary>
/// Scores extracted events against gold: an event matches a gold event when its evidence sentence holds the gold's
/// evidence (or a sentence that retold the same event) and its type is the gold's; a second match of the same gold event is a
/// duplicate.
/// </summary>
public static class EventScoring
{
    public static EventScore Score(string document, IReadOnlyList<GoldEvent> gold, IReadOnlyList<ReportedEvent> system)
    {
        // A report is one event told in one sentence; a merged event is told in its evidence and in each sentence that retold it.
        var used = new HashSet<(int Event, int Start)>();
        IEnumerable<Evidence> Told(int i) => system[i].Retold is { } retold ? retold.Prepend(system[i].Evidence) : [system[i].Evidence];
        Evidence? Telling(int i, string evidence) => Told(i).FirstOrDefault(t => t.Sentence.Contains(evidence, StringComparison.Ordinal));
        int matched = 0, sentenceMatched = 0, typeRight = 0, actorsRight = 0, datesRight = 0, publication = 0, duplicates = 0;
        var errors = new List<string>();
        foreach (var g in gold)
        {
            var inSentence = Enumerable.Range(0, system.Count).Where(i => Telling(i, g.Evidence) is not null).ToList();
            if (inSentence.Count == 0)
            {
                errors.Add($"{document}: missed {g.Plover} \"{g.Evidence}\"");
                continue;
            }

            sentenceMatched++;
            var same = inSentence.Where(i => system[i].Plover == g.Plover).ToList();
            if (same.Count == 0)
            {
                errors.Add($"{document}: wrong type for \"{g.Evidence}\": {g.Plover} expected, got {string.Join(", ", inSentence.Select(i => system[i].Plover))}");
                continue;
            }

            // Two gold events of one type in one sentence need two extracted events: each takes the one that tells it best.
            var free = same.Where(i => !used.Contains((i, Telling(i, g.Evidence)!.Start))).ToList();
            if (free.Count == 0)
            {
                errors.Add($"{document}: missed {g.Plover} \"{g.Evidence}\" (its sentence's only {g.Plover} tells another gold event)");
                continue;
            }

            typeRight++;
            matched++;
            var best = free.MaxBy(i => SharedWords(system[i].Summary, g.Evidence));
            var e = system[best];
            used.Add((best, Telling(best, g.Evidence)!.Start));
            var sources = e.Actors.Where(a => a.Role == ActorRole.Source).Select(a => ActorCodes.Side(a.Code)).ToList();
            var targets = e.Actors.Where(a => a.Role == ActorRole.Target).Select(a => ActorCodes.Side(a.Code)).ToList();
            // Talks, agreements and cooperation have no direction: "talks between A and B" is right either way round.
            var symmetric = g.Plover is "CONSULT" or "AGREE" or "COOPERATE" && g.Target is not null
                && sources.Concat(targets).Contains(g.Source) && sources.Concat(targets).Contains(g.Target);
            if (symmetric || sources.Contains(g.Source) && (g.Target is null || targets.Contains(g.Target)))
            {
                actorsRight++;
            }
            else
            {
                errors.Add($"{document}: actors of \"{g.Evidence}\": {g.Source}→{g.Target ?? "?"} expected, got {string.Join("/", sources)}→{string.Join("/", targets)}");
            }

            if (e.Date.Basis == DateBasis.Publication)
            {
                publication++;
            }

            if (e.Date is { Start: { } start, End: { } end } && start >= g.Start && end <= g.End)
            {
                datesRight++;
            }
            else
            {
                errors.Add($"{document}: date of \"{g.Evidence}\": {g.Start:uuuu-MM-dd}..{g.End:uuuu-MM-dd} expected, got {e.Date.Start?.ToString("uuuu-MM-dd", null) ?? "?"}..{e.Date.End?.ToString("uuuu-MM-dd", null) ?? "?"} ({e.Date.Basis})");
            }
        }

        for (var i = 0; i < system.Count; i++)
        {
            if (used.Any(u => u.Event == i))
            {
                continue;
            }

            // A second report of a gold event already matched is a duplicate; anything else is spurious.
            if (gold.Any(g => g.Plover == system[i].Plover && system[i].Evidence.Sentence.Contains(g.Evidence, StringComparison.Ordinal)))
            {
                duplicates++;
                errors.Add($"{document}: duplicate {system[i].Plover} \"{system[i].Summary}\"");
            }
            else
            {
                errors.Add($"{document}: spurious {system[i].Plover} \"{system[i].Summary}\"");
            }
        }

        return new EventScore(gold.Count, system.Count, matched, sentenceMatched, typeRight, actorsRight, datesRight, publication, duplicates, errors,
            used.Select(u => u.Event).Distinct().Count());
    }

    private static int SharedWords(string a, string b)
    {
        var words = b.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '"').ToLowerInvariant()).ToHashSet();
        return a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => words.Contains(w.Trim(',', '.', '"').ToLowerInvariant()));
    }
}
