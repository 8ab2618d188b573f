namespace Timeline.Contracts;

/// <summary>How finely the text pins a date down; the interval always covers the whole span.</summary>
public enum Precision
{
    Day,
    Week,
    MonthPart,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
    Unknown,
}
