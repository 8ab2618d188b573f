using NodaTime;
using NodaTime.Calendars;
using Timeline.Contracts;

namespace Timeline.Core.Dates;

/// <summary>Spans of the calendar as world dates, and their TIMEX3 values.</summary>
internal static class CalendarMath
{
    public static WorldDate Month(int year, int month) =>
        new(new LocalDate(year, month, 1), new LocalDate(year, month, DaysIn(year, month)), Precision.Month);

    public static WorldDate Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), Precision.Year);

    public static WorldDate Decade(int decadeStart) =>
        new(new LocalDate(decadeStart, 1, 1), new LocalDate(decadeStart + 9, 12, 31), Precision.Decade);

    // The 19th century is 1801–1900 by the book; news means 1800–1899, as TIMEX3's value "18" does.
    public static WorldDate Century(int centuryDigits) =>
        new(new LocalDate(centuryDigits * 100, 1, 1), new LocalDate(centuryDigits * 100 + 99, 12, 31), Precision.Century);

    public static WorldDate Week(LocalDate anyDay)
    {
        var monday = anyDay.PlusDays(-((int)anyDay.DayOfWeek - 1));
        return new WorldDate(monday, monday.PlusDays(6), Precision.Week);
    }

    public static WorldDate Quarter(int year, int quarter)
    {
        var first = (quarter - 1) * 3 + 1;
        return new WorldDate(new LocalDate(year, first, 1), new LocalDate(year, first + 2, DaysIn(year, first + 2)), Precision.Quarter);
    }

    public static WorldDate Season(int year, string season) => season switch
    {
        "SP" => new WorldDate(new LocalDate(year, 3, 1), new LocalDate(year, 5, 31), Precision.Season),
        "SU" => new WorldDate(new LocalDate(year, 6, 1), new LocalDate(year, 8, 31), Precision.Season),
        "FA" => new WorldDate(new LocalDate(year, 9, 1), new LocalDate(year, 11, 30), Precision.Season),
        _ => new WorldDate(new LocalDate(year, 12, 1), new LocalDate(year + 1, 2, DaysIn(year + 1, 2)), Precision.Season),
    };

    /// <summary>Early = days 1–10, mid = 11–20, late = 21–end: "late November" is 21–30 November.</summary>
    public static WorldDate MonthPart(int year, int month, string mod)
    {
        var last = DaysIn(year, month);
        var (from, to) = mod switch
        {
            "START" => (1, 10),
            "MID" => (11, 20),
            _ => (21, last),
        };
        return new WorldDate(new LocalDate(year, month, from), new LocalDate(year, month, to), Precision.MonthPart);
    }

    /// <summary>Early = first third, mid = middle third, late = last third of a year (by months).</summary>
    public static WorldDate YearPart(int year, string mod) => mod switch
    {
        "START" => new WorldDate(new LocalDate(year, 1, 1), new LocalDate(year, 4, 30), Precision.Year),
        "MID" => new WorldDate(new LocalDate(year, 5, 1), new LocalDate(year, 8, 31), Precision.Year),
        _ => new WorldDate(new LocalDate(year, 9, 1), new LocalDate(year, 12, 31), Precision.Year),
    };

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DaysIn(year, month);

    public static int DaysIn(int year, int month) => CalendarSystem.Iso.GetDaysInMonth(year, month);

    public static string WeekValue(LocalDate day) =>
        $"{WeekYearRules.Iso.GetWeekYear(day):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(day):D2}";

    public static string DayValue(LocalDate d) => $"{YearValue(d.Year)}-{d.Month:D2}-{d.Day:D2}";

    public static string MonthValue(int year, int month) => $"{YearValue(year)}-{month:D2}";

    /// <summary>TIMEX3 writes 241 BC (ISO year -240) as BC0241.</summary>
    public static string YearValue(int isoYear) => isoYear > 0 ? $"{isoYear:D4}" : $"BC{1 - isoYear:D4}";
}
