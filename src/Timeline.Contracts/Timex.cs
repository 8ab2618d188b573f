namespace Timeline.Contracts;

/// <summary>
/// A temporal expression found in a text: TIMEX3 type, value and mod as TempEval-3 writes them,
/// plus the world date it resolves to (null when, for example, the year cannot be known).
/// </summary>
public sealed record Timex(
    string Text,
    int Start,
    int End,
    string Type,
    string Value,
    string? Mod,
    WorldDate? Interval,
    Precision Precision,
    Anchor Anchor);

/// <summary>What a temporal expression was resolved against.</summary>
public enum Anchor
{
    None,
    ReferenceDate,
    PreviousExpression,
}

public static class TimexTypes
{
    public const string Date = "DATE";
    public const string Time = "TIME";
    public const string Duration = "DURATION";
    public const string Set = "SET";
}
