using System.Text.RegularExpressions;
using NodaTime;
using Timeline.Contracts;
using Timeline.Core.Text;

namespace Timeline.Core.Events;

/// <summary>
/// An article tells of its attack several times: once with a date ("the Nov. 26 attack", "NATO helicopters struck on
/// Saturday"), elsewhere without ("a US air raid killed 24 soldiers", "within hours of the attack"). The undated reports
/// take the date the article gives that attack, when the article's dated mentions agree on one.
/// </summary>
public static partial class EventExtractor
{
    /// <summary>An attack the article dates; <paramref name="Source"/> is its doer's side when an event told it, none for a noun ("the Nov. 26 attack").</summary>
    private sealed record AttackMention(int Position, LocalDate Start, LocalDate End, string Text, string Sentence, string? Source = null);

    // "six months after a NATO raid", counted back from the report: a round figure, so the date the article gives the attack is better.
    private static bool CountedFromReport(EventDate date) =>
        date.Basis == DateBasis.Relation && date.Expression?.EndsWith(" the report", StringComparison.Ordinal) == true;

    private static void DateBySameAttack(List<Found> events, CleanDocument document, IReadOnlyList<Timex> timexes, List<Sentence> sentences)
    {
        // Most articles need nothing here: no undated attack and no "within hours of the attack".
        if (!events.Any(f => (f.Event.Date.Basis is DateBasis.Publication or DateBasis.Unknown || CountedFromReport(f.Event.Date))
                && (f.IsAssault || RelativeToAttack().IsMatch(f.Event.Evidence.Sentence))))
        {
            return;
        }

        string SentenceAt(int position) => SentenceContaining(sentences, position)?.Text ?? "";

        var nominal = NominalAttackDates(document, timexes, sentences);
        List<AttackMention> Dated() => events
            .Where(f => f.IsAssault && !CountedFromReport(f.Event.Date) && f.Event.Date is { Basis: DateBasis.Text or DateBasis.Relation, Start: not null, End: not null } d
                && Period.Between(d.Start!.Value, d.End!.Value, PeriodUnits.Days).Days <= 31)
            .Select(f => new AttackMention(f.Event.Evidence.Start, f.Event.Date.Start!.Value, f.Event.Date.End!.Value, f.Event.Summary, f.Event.Evidence.Sentence, SourceSide(f.Event)))
            .Concat(nominal)
            .ToList();

        // 1. "a US air raid killed 24 Pakistani soldiers" left undated: the attack the article dates elsewhere, when the
        // death toll does not tell another attack apart.
        var dated = Dated();
        for (var i = 0; i < events.Count; i++)
        {
            var f = events[i];
            if (!f.IsAssault || f.Event.Date.Basis is not (DateBasis.Publication or DateBasis.Unknown) && !CountedFromReport(f.Event.Date))
            {
                continue;
            }

            // The closest kin first: the same death toll; else the same doer (or an attack named by a noun); else any whose
            // toll does not tell it apart ("a US air raid" and "NATO helicopters" are one attack in most reports).
            var toll = Toll(f.Event.Evidence.Sentence);
            var source = SourceSide(f.Event);
            var compatible = dated.Where(m => toll is null || Toll(m.Sentence) is null || Toll(m.Sentence) == toll).ToList();
            var pools = new[]
            {
                dated.Where(m => toll is not null && Toll(m.Sentence) == toll).ToList(),
                compatible.Where(m => m.Source is null || m.Source == source).ToList(),
                compatible,
            };
            if (pools.Select(p => Agreed(p)).FirstOrDefault(a => a is not null) is { } date)
            {
                events[i] = f with { Event = f.Event with { Date = new EventDate(date.Start, date.End, PrecisionOfSpan(date.Start, date.End), DateBasis.Relation, $"the same attack: {date.Text}") } };
            }
        }

        // 2. "within hours of the attack", "the day before the attack": counted from the attack last told of.
        dated = Dated();
        for (var i = 0; i < events.Count; i++)
        {
            var f = events[i];
            if (f.Event.Date.Basis is not (DateBasis.Publication or DateBasis.Unknown)
                || RelativeToAttack().Match(f.Event.Evidence.Sentence) is not { Success: true } relation)
            {
                continue;
            }

            var at = f.Event.Evidence.Start + relation.Index;
            var attack = dated.Where(m => m.Position < at && SentenceAt(m.Position) != f.Event.Evidence.Sentence).MaxBy(m => m.Position)
                ?? dated.Where(m => m.Position > at).MinBy(m => m.Position);
            if (attack is null)
            {
                continue;
            }

            // "last month's airstrikes" told first, "the Nov. 26 attack" later: the same attack, the finer date.
            attack = Agreed(dated.Where(m => m.Start <= attack.End && attack.Start <= m.End).ToList()) ?? attack;

            var (from, to) = relation.Groups["rel"].Value.ToLowerInvariant() switch
            {
                var r when r.Contains("before") || r.Contains("eve") => (attack.Start.PlusDays(-1), attack.End.PlusDays(-1)),
                var r when r.StartsWith("days") => (attack.Start.PlusDays(1), attack.End.PlusDays(7)),
                var r when r.Contains("week") => (attack.Start.PlusDays(7), attack.End.PlusDays(7)),
                var r when r.Contains("day after") || r.Contains("morning after") || r.Contains("night after") => (attack.Start.PlusDays(1), attack.End.PlusDays(1)),
                _ => (attack.Start, attack.End), // within hours of, hours after
            };
            events[i] = f with { Event = f.Event with { Date = new EventDate(from, to, PrecisionOfSpan(from, to), DateBasis.Relation, $"{relation.Value.Trim()}: {attack.Text}") } };
        }
    }

    private static Sentence? SentenceContaining(List<Sentence> sentences, int position)
    {
        var (lo, hi) = (0, sentences.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (position < sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (position >= sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return sentences[mid];
            }
        }

        return null;
    }

    private static string? SourceSide(ReportedEvent e) =>
        e.Actors.FirstOrDefault(a => a.Role == ActorRole.Source) is { } s ? ActorCodes.Side(s.Code) : null;

    /// <summary>The finest of the dated mentions when they all overlap; none when they tell of different days.</summary>
    private static AttackMention? Agreed(List<AttackMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return null;
        }

        var overlap = mentions.All(a => mentions.All(b => a.Start <= b.End && b.Start <= a.End));
        return overlap ? mentions.MinBy(m => Period.Between(m.Start, m.End, PeriodUnits.Days).Days) : null;
    }

    /// <summary>"the Nov. 26 attack", "last month's deadly airstrikes", "The raid on Saturday was ...": an attack named with its date.</summary>
    private static List<AttackMention> NominalAttackDates(CleanDocument document, IReadOnlyList<Timex> timexes, List<Sentence> sentences)
    {
        var found = new List<AttackMention>();
        var body = document.Body;
        foreach (var t in timexes)
        {
            if (t.Type is not (TimexTypes.Date or TimexTypes.Time) || t.Interval is not { } i || t.End > body.Length
                || Period.Between(i.Start, i.End, PeriodUnits.Days).Days > 31 || document.Published is { } p && i.End > p)
            {
                continue;
            }

            var sentence = SentenceContaining(sentences, t.Start);
            if (sentence is null || t.End > sentence.End)
            {
                continue;
            }

            var after = body[t.End..Math.Min(body.Length, t.End + 50)];
            var before = body[sentence.Start..t.Start];
            var named = DatedAttackNoun().IsMatch(after) || AttackOnDate().IsMatch(before)
                || BackReference().Match(sentence.Text) is { Success: true } reference && reference.Groups["noun"].Value is "raid" or "strike" or "airstrike" or "attack" or "assault" or "bombing"
                    && t == timexes.First(x => x.Start >= sentence.Start && x.End <= sentence.End && x.Interval is not null);
            if (named)
            {
                found.Add(new AttackMention(t.Start, i.Start, i.End, t.Text, sentence.Text));
            }
        }

        return found;
    }

    /// <summary>The death toll a sentence gives ("killed 24 soldiers", "two dozen troops were killed"), as a number where it can.</summary>
    private static string? Toll(string sentence)
    {
        var m = TollPattern().Match(sentence);
        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value.ToLowerInvariant();
        return n switch
        {
            "two dozen" => "24",
            "a dozen" or "dozen" => "12",
            "twenty-four" or "twenty four" => "24",
            _ => n,
        };
    }

    // "vowed on Wednesday to attack the lorries": a verb that threatens, not an attack named with its day
    [GeneratedRegex(@"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?<!\b(?:to|would|will|could|may|might)\s)(?:attack|strike|raid|airstrike|air strike|assault|bombing)s?\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex DatedAttackNoun();

    [GeneratedRegex(@"\b(?:attack|strike|raid|airstrike|air strike|assault)s?\s+(?:on|of)\s+$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex AttackOnDate();

    [GeneratedRegex(@"\b(?<rel>within\s+(?:hours|minutes|a\s+day)\s+of|(?:hours|minutes)\s+after|(?:a|one|the)\s+day\s+(?:before|after)|(?:on\s+)?the\s+eve\s+of|the\s+(?:morning|night)\s+(?:before|after)|days\s+after|a\s+week\s+after)\s+(?:the|that|this)\s+(?:[\w.-]+\s+){0,3}?(?:attack|strike|raid|airstrike|air strike|assault|incident)s?\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex RelativeToAttack();

    [GeneratedRegex(@"\b(?:killed|killing|kill|kills|deaths\s+of)\s+(?:as\s+many\s+as\s+|at\s+least\s+|some\s+|about\s+|nearly\s+)?(?<n>\d+|two\s+dozen|a\s+dozen|twenty[- ]four|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|dozens|scores|hundreds)\s+(?:of\s+(?:its|their|our)\s+)?(?:[A-Za-z]+\s+){0,2}?(?:soldiers|troops|people|civilians|men|personnel|guards|militants)\b|\b(?<n>\d+|two\s+dozen|a\s+dozen|twenty[- ]four|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|dozens|scores|hundreds)\s+(?:[A-Za-z]+\s+){0,2}?(?:soldiers|troops|people|civilians|men|personnel|guards|militants)\s+(?:were\s+|had\s+been\s+)?(?:killed|died)\b", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex TollPattern();
}
