using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Timeline.Contracts;
using Timeline.Core;
using Timeline.Core.Events;
using Timeline.Store.Entries;

namespace Timeline.Store.Exports;

/// <summary>
/// One row per entry (RFC 4180), with columns an ACLED or GDELT user knows: event date and its precision code, the two
/// actors with codes, country and sector, CAMEO and PLOVER types, the place with coordinates, and every source URL, not
/// only the first. A text cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
/// </summary>
public static class CsvExport
{
    public static readonly string[] Columns =
    [
        "entry_id", "event_date", "event_date_end", "date_display", "date_precision", "time_precision", "date_basis",
        "plover_type", "plover_mode", "cameo_code",
        "actor1", "actor1_code", "actor1_country", "actor1_sector", "actor2", "actor2_code", "actor2_country", "actor2_sector",
        "location", "location_country", "latitude", "longitude",
        "summary", "status", "sources_count", "first_source_url", "source_urls", "first_reported", "recorded_at", "updated_at", "revision",
    ];

    public static async Task<int> Write(IAsyncEnumerable<TimelineEntry> entries, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', Columns));
        var count = 0;
        await foreach (var entry in entries.WithCancellation(ct))
        {
            await writer.WriteLineAsync(string.Join(',', Row(entry).Select(Cell)));
            count++;
        }

        await writer.FlushAsync(ct);
        return count;
    }

    private static IEnumerable<Field> Row(TimelineEntry e)
    {
        var source = e.Actors.FirstOrDefault(a => a.Role == ActorRole.Source);
        var target = e.Actors.FirstOrDefault(a => a.Role == ActorRole.Target);
        var urls = e.Reports.Select(r => r.Url).OfType<string>().Distinct().ToList();
        var published = e.Reports.Select(r => r.Published).OfType<LocalDate>().ToList();
        return
        [
            Number(e.Id.ToString()), Number(Iso(e.Date.Start)), Number(Iso(e.Date.End)), Text(DateDisplay.Format(e.Date)),
            Text(PrecisionName(e.Date.Precision)), Number(TimePrecision(e.Date)), Text(e.Date.Basis.ToString().ToLowerInvariant()),
            Text(e.Plover), Text(e.Mode), Number(e.Cameo),
            .. Actor(source), .. Actor(target),
            Text(e.Location?.Name), Text(e.Location?.Country), Number(Coordinate(e.Location?.Lat)), Number(Coordinate(e.Location?.Lon)),
            Text(e.Summary), Text(e.Status.ToString().ToLowerInvariant()), Number(e.SourceCount.ToString(CultureInfo.InvariantCulture)),
            Text(urls.FirstOrDefault()), Text(string.Join(' ', urls)), Number(published.Count > 0 ? Iso(published.Min()) : null),
            Number(InstantPattern.ExtendedIso.Format(e.RecordedAt)), Number(InstantPattern.ExtendedIso.Format(e.UpdatedAt)),
            Number(e.Revision.ToString(CultureInfo.InvariantCulture)),
        ];
    }

    /// <summary>ACLED's time_precision: 1 the day is known, 2 within a week or part of a month, 3 a month or coarser.</summary>
    public static string? TimePrecision(EventDate date) => date.Start is null ? null : date.Precision switch
    {
        Precision.Day => "1",
        Precision.Week or Precision.MonthPart => "2",
        _ => "3",
    };

    public static string PrecisionName(Precision precision) => precision switch
    {
        Precision.MonthPart => "month-part",
        _ => precision.ToString().ToLowerInvariant(),
    };

    /// <summary>A cell and whether it holds free text (which a spreadsheet must not run as a formula).</summary>
    private readonly record struct Field(string? Value, bool IsText);

    private static Field Text(string? value) => new(value, true);

    private static Field Number(string? value) => new(value, false);

    private static IEnumerable<Field> Actor(EventActor? actor)
    {
        var (country, sector) = actor is null ? (null, null) : Registry.Default.Describe(actor.Code);
        return [Text(actor?.Name), Number(actor?.Code), Number(country), Text(sector)];
    }

    private static string? Iso(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    private static string? Coordinate(double? value) => value?.ToString("0.#####", CultureInfo.InvariantCulture);

    private static string Cell(Field field)
    {
        var value = field.Value ?? "";
        if (field.IsText && value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
