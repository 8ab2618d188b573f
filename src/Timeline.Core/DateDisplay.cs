using NodaTime;
using NodaTime.Text;
using Timeline.Contracts;

namespace Timeline.Core;

/// <summary>An event's date written as precisely as the text supports it, never more: "late Nov 2011", not "2011-11-21".</summary>
public static class DateDisplay
{
    private static readonly LocalDatePattern Day = LocalDatePattern.CreateWithInvariantCulture("d MMM uuuu");
    private static readonly LocalDatePattern MonthYear = LocalDatePattern.CreateWithInvariantCulture("MMM uuuu");

    public static string Format(EventDate date)
    {
        if (date.Start is not { } start || date.End is not { } end)
        {
            return date.Expression is { } e ? $"undated (\"{e}\", year unknown)" : "undated";
        }

        return date.Basis switch
        {
            DateBasis.Publication => $"as of {Day.Format(start)}",
            DateBasis.Relation => $"on/after {Day.Format(start)}, by {Day.Format(end)}",
            _ => Span(start, end, date.Precision),
        };
    }

    public static string Span(LocalDate start, LocalDate end, Precision precision)
    {
        if (start == end)
        {
            return Day.Format(start);
        }

        var wholeMonth = start.Day == 1 && end == start.With(DateAdjusters.EndOfMonth);
        if (precision == Precision.MonthPart && start.Month == end.Month && start.Year == end.Year)
        {
            var part = start.Day switch { 1 => "early", 11 => "mid", _ => "late" };
            return $"{part} {MonthYear.Format(start)}";
        }

        if (wholeMonth)
        {
            return MonthYear.Format(start);
        }

        if (start.Day == 1 && start.Month == 1 && end.Day == 31 && end.Month == 12)
        {
            return start.Year == end.Year ? $"{start.Year}" : $"{start.Year}–{end.Year}";
        }

        return $"{Day.Format(start)} – {Day.Format(end)}";
    }
}
