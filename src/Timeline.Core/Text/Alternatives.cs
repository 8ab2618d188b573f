using System.Text.RegularExpressions;

namespace Timeline.Core.Text;

/// <summary>
/// The matches of several patterns read as one alternation ("a|b|c"): the leftmost position where any of them matches
/// wins, the first pattern in order breaks a tie, and the scan goes on after that match. One large alternation of
/// unrelated patterns cannot narrow where a match may start, so it tries every branch at almost every character;
/// separate patterns keep their own fast search (a clause splitter ran about eight times faster this way).
/// </summary>
public static class Alternatives
{
    public static IEnumerable<Match> Matches(string input, IReadOnlyList<Regex> patterns)
    {
        ArgumentNullException.ThrowIfNull(input);
        var next = patterns.Select(p => p.Match(input)).ToArray();
        var at = 0;
        while (true)
        {
            Match? best = null;
            for (var i = 0; i < next.Length; i++)
            {
                if (next[i].Success && next[i].Index < at)
                {
                    next[i] = patterns[i].Match(input, at);
                }

                if (next[i].Success && (best is null || next[i].Index < best.Index))
                {
                    best = next[i];
                }
            }

            if (best is null)
            {
                yield break;
            }

            yield return best;
            // As Regex.Matches: after an empty match the next one starts a character later.
            at = best.Length == 0 ? best.Index + 1 : best.Index + best.Length;
            if (at > input.Length)
            {
                yield break;
            }
        }
    }
}
