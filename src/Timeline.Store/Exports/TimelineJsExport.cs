using System.Net;
using System.Text.Json;
using NodaTime;
using Timeline.Contracts;
using Timeline.Core;
using Timeline.Store.Entries;

namespace Timeline.Store.Exports;

/// <summary>
/// TimelineJS's JSON (https://timeline.knightlab.com/docs/json-format.html): a date only as precise as the text ("late
/// November" has day bounds and a display_date; "2011" has only a year), one unique_id per entry, groups by PLOVER type.
/// TimelineJS renders headline and text as HTML, so every piece of article text is HTML-encoded here.
/// Undated entries cannot be placed on its axis: they are counted in the title slide, not invented a date.
/// </summary>
public static class TimelineJsExport
{
    public static async Task<int> Write(IAsyncEnumerable<TimelineEntry> entries, Stream output, string title, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteStartArray("events");
        var (written, undated) = (0, 0);
        await foreach (var entry in entries.WithCancellation(ct))
        {
            if (entry.Date.Start is not { } start || entry.Date.End is not { } end)
            {
                undated++;
                continue;
            }

            WriteEvent(json, entry, start, end);
            written++;
            if (json.BytesPending > 1 << 16)
            {
                await json.FlushAsync(ct);
            }
        }

        json.WriteEndArray();
        json.WriteStartObject("title");
        json.WriteStartObject("text");
        json.WriteString("headline", Html(title));
        json.WriteString("text", Html($"{written} dated entries" + (undated > 0 ? $"; {undated} undated entries are not on this axis." : ".")));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(ct);
        return written;
    }

    private static void WriteEvent(Utf8JsonWriter json, TimelineEntry entry, LocalDate start, LocalDate end)
    {
        var (parts, display) = Parts(entry.Date, start, end);
        json.WriteStartObject();
        json.WriteString("unique_id", $"entry-{entry.Id:N}");
        WriteDate(json, "start_date", start, parts);
        if (end != start)
        {
            WriteDate(json, "end_date", end, parts);
        }

        json.WriteString("display_date", display);
        json.WriteString("group", entry.Mode is null ? entry.Plover : $"{entry.Plover}/{entry.Mode}");
        json.WriteStartObject("text");
        json.WriteString("headline", Html(entry.Summary));
        json.WriteString("text", Text(entry));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Which date parts the precision supports: TimelineJS shows "2011" for a year, "November 2011" for a month.</summary>
    private static (int Parts, string Display) Parts(EventDate date, LocalDate start, LocalDate end)
    {
        var display = DateDisplay.Format(date);
        var parts = date.Basis is DateBasis.Publication or DateBasis.Relation
            ? 3
            : date.Precision switch
            {
                Precision.Day or Precision.Week or Precision.MonthPart => 3,
                Precision.Month or Precision.Season or Precision.Quarter => 2,
                Precision.Year or Precision.Decade or Precision.Century => 1,
                _ => start == end ? 3 : 2,
            };
        return (parts, display);
    }

    private static void WriteDate(Utf8JsonWriter json, string name, LocalDate date, int parts)
    {
        json.WriteStartObject(name);
        json.WriteString("year", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (parts >= 2)
        {
            json.WriteString("month", date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (parts >= 3)
        {
            json.WriteString("day", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
    }

    private static string Text(TimelineEntry entry)
    {
        var actors = string.Join(", ", entry.Actors.Where(a => a.Role != ActorRole.Other).Select(a => $"{a.Name} ({a.Role.ToString().ToLowerInvariant()})"));
        var where = entry.Location is { } place ? $" · {place.Name}" : "";
        var sources = entry.Reports.Select(r => r.Url ?? r.SourceName).OfType<string>().Distinct().Select(Html);
        return $"<p>{Html(actors)}{Html(where)} · {entry.SourceCount} source{(entry.SourceCount == 1 ? "" : "s")}</p>"
            + (entry.Reports.FirstOrDefault() is { } first ? $"<blockquote>{Html(first.Evidence.Sentence)}</blockquote>" : "")
            + $"<p>{string.Join("<br>", sources)}</p>";
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
