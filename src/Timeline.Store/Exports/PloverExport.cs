using System.Text.Json;
using NodaTime.Text;
using Timeline.Contracts;
using Timeline.Core.Events;
using Timeline.Store.Entries;

namespace Timeline.Store.Exports;

/// <summary>
/// PLOVER's JSON lines (the PLOVER manual's data-fields chapter): id, date and enddate, actor and recipient as entity
/// lists, event and mode as lists, event_loc, event_text, plus our own fields for what PLOVER has no name for (the
/// date's precision and basis, every source).
/// </summary>
public static class PloverExport
{
    public static async Task<int> Write(IAsyncEnumerable<TimelineEntry> entries, Stream output, CancellationToken ct)
    {
        var count = 0;
        var buffer = new MemoryStream();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            // Each line is built in memory and written asynchronously: a web response allows no synchronous writes.
            using (var json = new Utf8JsonWriter(buffer))
            {
                WriteRecord(json, entry);
            }

            buffer.WriteByte((byte)'\n');
            count++;
            if (buffer.Length > 1 << 16)
            {
                await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
                buffer.SetLength(0);
            }
        }

        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
        await output.FlushAsync(ct);
        return count;
    }

    private static void WriteRecord(Utf8JsonWriter json, TimelineEntry e)
    {
        json.WriteStartObject();
        json.WriteString("id", $"TIMELINE-{e.Id:N}");
        if (e.Date.Start is { } start && e.Date.End is { } end)
        {
            json.WriteString("date", LocalDatePattern.Iso.Format(start));
            if (end != start)
            {
                json.WriteString("enddate", LocalDatePattern.Iso.Format(end));
            }
        }
        else
        {
            json.WriteNull("date");
        }

        json.WriteString("date_precision", CsvExport.PrecisionName(e.Date.Precision));
        json.WriteString("date_basis", e.Date.Basis.ToString().ToLowerInvariant());
        Entities(json, "actor", e.Actors.Where(a => a.Role == ActorRole.Source));
        Entities(json, "recipient", e.Actors.Where(a => a.Role == ActorRole.Target));
        json.WriteStartArray("event");
        json.WriteStringValue(e.Plover);
        json.WriteEndArray();
        json.WriteStartArray("mode");
        if (e.Mode is { } mode)
        {
            json.WriteStringValue(mode);
        }

        json.WriteEndArray();
        json.WriteString("cameo", e.Cameo);
        if (e.Location is { } place)
        {
            json.WriteStartObject("event_loc");
            json.WriteString("name", place.Name);
            json.WriteString("countryCode", place.Country);
            json.WriteNumber("lat", place.Lat);
            json.WriteNumber("lon", place.Lon);
            json.WriteEndObject();
        }

        json.WriteStartArray("event_text");
        foreach (var report in e.Reports)
        {
            json.WriteStringValue(report.Evidence.Sentence);
        }

        json.WriteEndArray();
        json.WriteString("comment", e.Summary);
        json.WriteString("status", e.Status.ToString().ToLowerInvariant());
        json.WriteStartArray("sources");
        foreach (var report in e.Reports)
        {
            json.WriteStartObject();
            json.WriteString("article_id", report.ArticleId);
            json.WriteString("source", report.SourceName);
            json.WriteString("url", report.Url);
            json.WriteString("published", report.Published is { } p ? LocalDatePattern.Iso.Format(p) : null);
            json.WriteString("extractor", report.ExtractorVersion);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("coder", "timeline");
        json.WriteString("coded_date", LocalDatePattern.Iso.Format(e.UpdatedAt.InUtc().Date));
        json.WriteEndObject();
    }

    private static void Entities(Utf8JsonWriter json, string name, IEnumerable<EventActor> actors)
    {
        json.WriteStartArray(name);
        foreach (var actor in actors)
        {
            var (country, sector) = Registry.Default.Describe(actor.Code);
            json.WriteStartObject();
            json.WriteString("code", actor.Code);
            json.WriteString("name", actor.Name);
            json.WriteString("country", country);
            json.WriteString("sector", sector);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
