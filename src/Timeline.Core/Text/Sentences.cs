using System.Text.RegularExpressions;

namespace Timeline.Core.Text;

/// <summary>A sentence of a text with its character offsets (End exclusive).</summary>
public sealed record Sentence(string Text, int Start, int End);

/// <summary>Splits news text into sentences without breaking at "U.S.", "Nov." or "Mr.".</summary>
public static partial class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov", "pres", "st", "jr", "sr",
        "brig", "cmdr", "lieut", "gens", "sens", "reps", "prof", "rev", "supt", "cpl", "pvt", "amb",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "co", "corp",
        "mt", "ft", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var result = new List<Sentence>();
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            var end = m.Index + 1;
            if (m.Value[0] == '.' && (IsAbbreviation(text, m.Index) || NextIsLowerCase(text, m.Index + 1)))
            {
                continue;
            }

            // Keep closing quotes and brackets with the sentence they close.
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')')
            {
                end++;
            }

            Add(text, start, end, result);
            start = end;
        }

        Add(text, start, text.Length, result);
        return result;
    }

    private static void Add(string text, int start, int end, List<Sentence> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new Sentence(text[start..end], start, end));
        }
    }

    /// <summary>"at C.I.A. headquarters": a sentence does not begin with a lower-case word, whatever the dot before it.</summary>
    private static bool NextIsLowerCase(string text, int from)
    {
        var i = from;
        while (i < text.Length && (text[i] is ' ' or '\t' or '"' or '”' or '’' or '\'' or ')'))
        {
            i++;
        }

        return i < text.Length && char.IsLower(text[i]);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 1 && char.IsUpper(word[0]) || word.Length == 3 && word[1] == '.' && char.IsUpper(word[0]) && char.IsUpper(word[2]))
        {
            return true; // an initial or two: "George W. Bush", "S.M. Krishna"
        }

        // Titles, months and dotted names ("U.S.") rarely end a sentence; splitting inside one costs more.
        return Abbreviations.Contains(word);
    }

    // A sentence ends at ., ! or ? followed by whitespace, or at a paragraph break.
    [GeneratedRegex(@"[.!?](?=[""”’')]*\s)|\n(?=\s*\n)", RegexOptions.None, 10000)]
    private static partial Regex Boundary();
}
