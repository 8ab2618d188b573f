using System.Text.RegularExpressions;

namespace Timeline.Core.Dates;

/// <summary>Precision, recall and F1 of one measure.</summary>
public sealed record Prf(int Correct, int System, int Gold)
{
    public double Precision => System == 0 ? 0 : (double)Correct / System;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf operator +(Prf a, Prf b) => new(a.Correct + b.Correct, a.System + b.System, a.Gold + b.Gold);
}

/// <summary>One error of the system against the gold, with the kind of expression it concerns.</summary>
public sealed record TimexError(string Kind, string Category, string Document, string Gold, string System);

/// <summary>The TempEval-3 measures of a set of documents and the errors behind them.</summary>
public sealed record TimexScore(Prf Strict, Prf Relaxed, Prf Value, Prf Type, IReadOnlyList<TimexError> Errors)
{
    public static TimexScore Empty { get; } = new(new(0, 0, 0), new(0, 0, 0), new(0, 0, 0), new(0, 0, 0), []);

    public static TimexScore operator +(TimexScore a, TimexScore b) =>
        new(a.Strict + b.Strict, a.Relaxed + b.Relaxed, a.Value + b.Value, a.Type + b.Type, [.. a.Errors, .. b.Errors]);
}

/// <summary>
/// TempEval-3 scoring: strict = same extent, relaxed = overlapping extent (one-to-one); value and type are scored on the
/// relaxed matches, so their F1 counts an expression as correct only when it is found and normalised right.
/// </summary>
public static partial class TimexScoring
{
    public static TimexScore Score(string document, IReadOnlyList<TimexAnnotation> gold, IReadOnlyList<TimexAnnotation> system)
    {
        var used = new bool[system.Count];
        int strict = 0, relaxed = 0, value = 0, type = 0;
        var errors = new List<TimexError>();
        foreach (var g in gold)
        {
            var match = -1;
            for (var i = 0; i < system.Count; i++)
            {
                if (!used[i] && system[i].Start < g.End && g.Start < system[i].End)
                {
                    match = i;
                    if (system[i].Start == g.Start && system[i].End == g.End)
                    {
                        break;
                    }
                }
            }

            var category = Category(g);
            if (match < 0)
            {
                errors.Add(new TimexError("missed", category, document, Describe(g), ""));
                continue;
            }

            used[match] = true;
            var s = system[match];
            relaxed++;
            if (s.Start == g.Start && s.End == g.End)
            {
                strict++;
            }
            else
            {
                errors.Add(new TimexError("bounds", category, document, Describe(g), Describe(s)));
            }

            if (s.Value == g.Value)
            {
                value++;
            }
            else
            {
                errors.Add(new TimexError("value", category, document, Describe(g), Describe(s)));
            }

            if (s.Type == g.Type)
            {
                type++;
            }
        }

        for (var i = 0; i < system.Count; i++)
        {
            if (!used[i])
            {
                errors.Add(new TimexError("spurious", Category(system[i]), document, "", Describe(system[i])));
            }
        }

        return new TimexScore(new(strict, system.Count, gold.Count), new(relaxed, system.Count, gold.Count),
            new(value, system.Count, gold.Count), new(type, system.Count, gold.Count), errors);
    }

    private static string Describe(TimexAnnotation t) => $"\"{t.Text}\" {t.Type} {t.Value}{(t.Mod is null ? "" : " " + t.Mod)}";

    /// <summary>A rough kind of expression, for the error breakdown.</summary>
    public static string Category(TimexAnnotation t) => t.Type switch
    {
        "DURATION" => "duration",
        "SET" => "set",
        "TIME" => "time",
        _ when Deictic().IsMatch(t.Text) => "deictic",
        _ when Relative().IsMatch(t.Text) => "relative",
        _ when FullDate().IsMatch(t.Text) => "full date",
        _ when MonthOrSeason().IsMatch(t.Text) => "month/season",
        _ when Weekday().IsMatch(t.Text) => "weekday",
        _ when Year().IsMatch(t.Text) => "year/decade",
        _ => "other",
    };

    [GeneratedRegex(@"\b(?:today|yesterday|tomorrow|tonight|now|currently|present)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deictic();

    [GeneratedRegex(@"\b(?:last|next|this|ago|earlier|later|previous|following|past|recent|coming|former|current|same|that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\d{1,2}.*\d{4}|\d{4}-\d\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|\b(?:spring|summer|autumn|fall|winter|quarter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthOrSeason();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b\d{4}s?\b|\b\d{2}s\b|\bcentury\b|\bdecade\b|\byear\b", RegexOptions.IgnoreCase)]
    private static partial Regex Year();
}
