using System.Buffers;
using System.Text;

namespace Timeline.Core.Events;

/// <summary>
/// The literal words a trigger pattern cannot match without: "\b(?:expelled|evicted)\b" needs "expelled" or "evicted".
/// A text holding none of them is skipped without running the pattern, which is most texts for most rows. The reading
/// is conservative: whatever it does not understand (a class it cannot list, an optional part) adds no requirement, and
/// lookarounds are read as matching nothing, so a row is never skipped where its pattern could match.
/// </summary>
public static class TriggerLiterals
{
    private const int MaxStrings = 64;

    /// <summary>Strings of which every match contains one, or null when the pattern promises no literal of two characters.</summary>
    public static IReadOnlyList<string>? Required(string pattern)
    {
        if (pattern.Contains("(?i", StringComparison.Ordinal) || pattern.Contains("(?x", StringComparison.Ordinal))
        {
            return null; // a case-insensitive or free-spacing part: its letters are not literal
        }

        try
        {
            var reader = new Reader(pattern);
            var info = reader.Alternation();
            if (reader.Position != pattern.Length)
            {
                return null;
            }

            var best = Best(info);
            return best is not null && best.Min(s => s.Length) >= 2 ? best : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The <see cref="Required"/> strings ready for a vectorised search, or null when there are none.</summary>
    public static SearchValues<string>? Needles(string pattern) =>
        Required(pattern) is { } strings ? SearchValues.Create(strings.ToArray(), StringComparison.Ordinal) : null;

    // Exact: the part matches exactly one of these strings (null: unknown). Required: every match contains one of these.
    private sealed record Info(List<string>? Exact, List<string>? Required);

    private static readonly Info Empty = new([""], null);
    private static readonly Info Unknown = new(null, null);

    private static List<string>? Best(Info info) =>
        info.Exact is { } exact && exact.All(s => s.Length > 0) ? Better(exact, info.Required) : info.Required;

    private static List<string>? Better(List<string>? a, List<string>? b) =>
        a is null ? b : b is null ? a
        : Score(a) != Score(b) ? (Score(a) > Score(b) ? a : b)
        : a.Count <= b.Count ? a : b;

    private static int Score(List<string> strings) => strings.Min(s => s.Length);

    private static Info Concatenate(List<Info> parts)
    {
        List<string>? required = null;
        List<string> run = [""]; // the strings the current run of parts with a known form can match
        var allExact = true;
        void Close()
        {
            if (run.All(s => s.Length > 0))
            {
                required = Better(required, run);
            }
        }

        foreach (var part in parts)
        {
            required = Better(required, part.Required);
            if (part.Exact is { } exact && run.Count * exact.Count <= MaxStrings)
            {
                run = run.SelectMany(r => exact.Select(e => r + e)).Distinct().ToList();
                continue;
            }

            allExact = false;
            Close();
            run = part.Exact is { } restart ? [.. restart] : [""];
        }

        Close();
        return new Info(allExact ? run : null, required);
    }

    private static Info Alternate(List<Info> branches)
    {
        if (branches.Count == 1)
        {
            return branches[0];
        }

        List<string>? exact = branches.All(b => b.Exact is not null) ? branches.SelectMany(b => b.Exact!).Distinct().ToList() : null;
        if (exact is { Count: > MaxStrings })
        {
            exact = null;
        }

        var bests = branches.Select(Best).ToList();
        var required = bests.All(b => b is not null) ? bests.SelectMany(b => b!).Distinct().ToList() : null;
        return new Info(exact, required);
    }

    private sealed class Reader(string pattern)
    {
        public int Position { get; private set; }

        private bool AtEnd => Position >= pattern.Length;

        private char Peek => pattern[Position];

        public Info Alternation()
        {
            var branches = new List<Info> { Sequence() };
            while (!AtEnd && Peek == '|')
            {
                Position++;
                branches.Add(Sequence());
            }

            return Alternate(branches);
        }

        private Info Sequence()
        {
            var parts = new List<Info>();
            while (!AtEnd && Peek != '|' && Peek != ')')
            {
                parts.Add(Quantified(Atom()));
            }

            return parts.Count == 0 ? Empty : Concatenate(parts);
        }

        private Info Quantified(Info atom)
        {
            if (AtEnd)
            {
                return atom;
            }

            int min, max;
            switch (Peek)
            {
                case '*': min = 0; max = int.MaxValue; Position++; break;
                case '+': min = 1; max = int.MaxValue; Position++; break;
                case '?': min = 0; max = 1; Position++; break;
                case '{' when Bounds() is { } bounds: (min, max) = bounds; break;
                default: return atom;
            }

            if (!AtEnd && Peek is '?' or '+')
            {
                Position++; // lazy or possessive: the same strings
            }

            if (min == 0)
            {
                return max == 1 && atom.Exact is { } optional && !optional.Contains("") ? new Info([.. optional, ""], null) : Unknown;
            }

            return min == 1 && max == 1 ? atom : new Info(null, Best(atom));
        }

        private (int, int)? Bounds()
        {
            var close = pattern.IndexOf('}', Position);
            if (close < 0)
            {
                return null;
            }

            var body = pattern[(Position + 1)..close].Split(',');
            if (!int.TryParse(body[0], out var min))
            {
                return null;
            }

            var max = body.Length == 1 ? min : body[1].Length == 0 ? int.MaxValue : int.TryParse(body[1], out var m) ? m : -1;
            if (max < 0)
            {
                return null;
            }

            Position = close + 1;
            return (min, max);
        }

        private Info Atom()
        {
            var c = pattern[Position++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '.':
                    return Unknown;
                case '^' or '$':
                    return Empty;
                case '*' or '+' or '?':
                    throw new FormatException("a quantifier with nothing before it");
                default:
                    return new Info([c.ToString()], null);
            }
        }

        private Info Group()
        {
            var lookaround = false;
            if (!AtEnd && Peek == '?')
            {
                Position++;
                var kind = pattern[Position++];
                if (kind == '<' && !AtEnd && Peek is '=' or '!')
                {
                    Position++;
                    lookaround = true;
                }
                else if (kind is '=' or '!')
                {
                    lookaround = true;
                }
                else if (kind is '<' or '\'')
                {
                    var end = pattern.IndexOf(kind == '<' ? '>' : '\'', Position);
                    Position = end < 0 ? throw new FormatException("an unclosed group name") : end + 1;
                }
                else if (kind != ':')
                {
                    throw new FormatException($"a group kind this reader does not know: (?{kind}");
                }
            }

            var inner = Alternation();
            if (AtEnd || pattern[Position++] != ')')
            {
                throw new FormatException("an unclosed group");
            }

            return lookaround ? Empty : inner;
        }

        private Info Class()
        {
            var members = new StringBuilder();
            var listable = AtEnd || Peek != '^';
            var first = true;
            while (!AtEnd && (Peek != ']' || first))
            {
                first = false;
                var c = pattern[Position++];
                if (c == '\\')
                {
                    var escaped = pattern[Position++];
                    listable &= !char.IsLetterOrDigit(escaped);
                    members.Append(escaped);
                }
                else if (c == '-' && members.Length > 0 && !AtEnd && Peek != ']')
                {
                    listable = false; // a range
                }
                else
                {
                    members.Append(c);
                }
            }

            if (AtEnd)
            {
                throw new FormatException("an unclosed class");
            }

            Position++;
            var set = members.ToString().Distinct().Select(ch => ch.ToString()).ToList();
            return listable && set.Count is > 0 and <= 8 ? new Info(set, null) : Unknown;
        }

        private Info SkipName()
        {
            var close = !AtEnd && Peek is '{' or '<' ? pattern.IndexOf(Peek == '{' ? '}' : '>', Position) : -1;
            Position = close < 0 ? throw new FormatException("a named escape without its name") : close + 1;
            return Unknown;
        }

        private Info Escape()
        {
            var c = pattern[Position++];
            return c switch
            {
                'b' or 'B' or 'A' or 'z' or 'Z' or 'G' => Empty,
                'p' or 'P' or 'k' => SkipName(),
                'n' => new Info(["\n"], null),
                't' => new Info(["\t"], null),
                _ when char.IsLetterOrDigit(c) => Unknown, // \s, \w, \d, \p{..}, back-references: not literal
                _ => new Info([c.ToString()], null),
            };
        }
    }
}
