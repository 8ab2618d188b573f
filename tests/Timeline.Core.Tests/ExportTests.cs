using System.Text;
using System.Text.Json;
using JasperFx.Events;
using NodaTime;
using Timeline.Contracts;
using Timeline.Store.Entries;
using Timeline.Store.Exports;
using Xunit;

namespace Timeline.Core.Tests;

public class ExportTests
{
    private static TimelineEntry Entry(string summary, LocalDate? start, LocalDate? end, Precision precision, string? url = "https://example.org/a",
        string plover = "ASSAULT", string? mode = "aerial", params string[] moreUrls)
    {
        var date = new EventDate(start, end, precision, start is null ? DateBasis.Unknown : DateBasis.Text, "late November");
        var report = new SourceReport(Guid.NewGuid(), "Example Wire", url, new LocalDate(2012, 5, 31), date, Modality.Actual, null,
            new Evidence(summary + " <b>bold</b>", 10, 20), "test-1");
        var recorded = new EntryRecorded(Guid.NewGuid(), summary, plover, mode, "195",
            [new EventActor(ActorRole.Source, "USAMIL", "United States (military)"), new EventActor(ActorRole.Target, "PAKMIL", "Pakistan (military)")],
            new Place("Salala", "PAK", 34.5, 71.25), date, report);
        var entry = TimelineEntry.Create(new Event<EntryRecorded>(recorded) { Timestamp = DateTimeOffset.UnixEpoch.AddYears(50) });
        foreach (var other in moreUrls)
        {
            entry.Apply(new Event<ReportAttached>(new ReportAttached(entry.Id, report with { ArticleId = Guid.NewGuid(), Url = other }))
            {
                Timestamp = DateTimeOffset.UnixEpoch.AddYears(51),
            });
        }

        return entry;
    }

    private static async Task<string> Export(ExportFormat format, params TimelineEntry[] entries)
    {
        using var buffer = new MemoryStream();
        await ExportFormats.Write(format, entries.ToAsyncEnumerable(), buffer, "US – Pakistan", CancellationToken.None);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static readonly TimelineEntry LateNovember = Entry("US aircraft struck two border posts <script>alert(1)</script>",
        new LocalDate(2011, 11, 21), new LocalDate(2011, 11, 30), Precision.MonthPart, "https://a.example/1", "ASSAULT", "aerial", "https://b.example/2");

    private static readonly TimelineEntry AYear = Entry("Pakistan and the US held talks", new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31),
        Precision.Year, plover: "CONSULT", mode: null);

    private static readonly TimelineEntry Undated = Entry("Officials met", null, null, Precision.Unknown, plover: "CONSULT", mode: null);

    [Fact]
    public async Task TimelineJS_gets_only_the_date_parts_the_text_supports_and_a_display_date()
    {
        using var json = JsonDocument.Parse(await Export(ExportFormat.TimelineJs, LateNovember, AYear, Undated));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(2, events.Count);
        var strike = events[0];
        Assert.Equal("2011", strike.GetProperty("start_date").GetProperty("year").GetString());
        Assert.Equal("21", strike.GetProperty("start_date").GetProperty("day").GetString());
        Assert.Equal("30", strike.GetProperty("end_date").GetProperty("day").GetString());
        Assert.Equal("late Nov 2011", strike.GetProperty("display_date").GetString());
        Assert.Equal("ASSAULT/aerial", strike.GetProperty("group").GetString());
        var year = events[1].GetProperty("start_date");
        Assert.Equal("2012", year.GetProperty("year").GetString());
        Assert.False(year.TryGetProperty("month", out _));
        Assert.Equal(2, events.Select(e => e.GetProperty("unique_id").GetString()).Distinct().Count());
        Assert.Contains("1 undated", json.RootElement.GetProperty("title").GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public async Task TimelineJS_text_is_encoded_because_TimelineJS_renders_it_as_HTML()
    {
        var text = await Export(ExportFormat.TimelineJs, LateNovember);
        using var json = JsonDocument.Parse(text);
        var slide = json.RootElement.GetProperty("events")[0].GetProperty("text");
        Assert.DoesNotContain("<script>", slide.GetProperty("headline").GetString());
        Assert.Contains("&lt;script&gt;", slide.GetProperty("headline").GetString());
        Assert.DoesNotContain("<b>", slide.GetProperty("text").GetString());
    }

    [Fact]
    public async Task CSV_has_one_row_per_entry_every_source_URL_and_ACLED_style_precision()
    {
        var rows = ParseCsv(await Export(ExportFormat.Csv, LateNovember, AYear, Undated));
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(CsvExport.Columns.Length, r.Count));
        var header = rows[0];
        var strike = rows[1].Select((v, i) => (header[i], v)).ToDictionary();
        Assert.Equal("2011-11-21", strike["event_date"]);
        Assert.Equal("2011-11-30", strike["event_date_end"]);
        Assert.Equal("2", strike["time_precision"]);
        Assert.Equal("month-part", strike["date_precision"]);
        Assert.Equal("USAMIL", strike["actor1_code"]);
        Assert.Equal("USA", strike["actor1_country"]);
        Assert.Equal("military", strike["actor1_sector"]);
        Assert.Equal("PAK", strike["actor2_country"]);
        Assert.Equal("34.5", strike["latitude"]);
        Assert.Equal("2", strike["sources_count"]);
        Assert.Equal("https://a.example/1", strike["first_source_url"]);
        Assert.Equal("https://a.example/1 https://b.example/2", strike["source_urls"]);
        Assert.Equal("3", rows[2][Array.IndexOf(CsvExport.Columns, "time_precision")]);
        Assert.Equal("", rows[3][Array.IndexOf(CsvExport.Columns, "event_date")]);
    }

    [Fact]
    public async Task CSV_quotes_commas_quotes_and_newlines_and_defuses_spreadsheet_formulas()
    {
        var tricky = Entry("=HYPERLINK(\"http://x\"), then \"quoted\"\nand a new line", new LocalDate(2011, 11, 26), new LocalDate(2011, 11, 26), Precision.Day);
        var rows = ParseCsv(await Export(ExportFormat.Csv, tricky));
        var summary = rows[1][Array.IndexOf(CsvExport.Columns, "summary")];
        Assert.Equal("'=HYPERLINK(\"http://x\"), then \"quoted\"\nand a new line", summary);
        Assert.Equal(CsvExport.Columns.Length, rows[1].Count);
    }

    [Fact]
    public async Task PLOVER_lines_are_one_JSON_record_per_entry_with_the_fields_PLOVER_names()
    {
        var lines = (await Export(ExportFormat.PloverJsonl, LateNovember, Undated)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var strike = JsonDocument.Parse(lines[0]);
        var r = strike.RootElement;
        Assert.Equal("2011-11-21", r.GetProperty("date").GetString());
        Assert.Equal("2011-11-30", r.GetProperty("enddate").GetString());
        Assert.Equal("USAMIL", r.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("PAKMIL", r.GetProperty("recipient")[0].GetProperty("code").GetString());
        Assert.Equal("ASSAULT", r.GetProperty("event")[0].GetString());
        Assert.Equal("aerial", r.GetProperty("mode")[0].GetString());
        Assert.Equal("Salala", r.GetProperty("event_loc").GetProperty("name").GetString());
        Assert.Equal(2, r.GetProperty("sources").GetArrayLength());
        using var undated = JsonDocument.Parse(lines[1]);
        Assert.Equal(JsonValueKind.Null, undated.RootElement.GetProperty("date").ValueKind);
    }

    [Fact]
    public void The_sort_key_orders_by_date_then_record_time_and_puts_undated_entries_last()
    {
        var at = Instant.FromUtc(2026, 11, 28, 0, 0);
        var early = TimelineEntry.SortKeyOf(new LocalDate(2011, 11, 21), new LocalDate(2011, 11, 30), at, Guid.NewGuid());
        var sameDayLater = TimelineEntry.SortKeyOf(new LocalDate(2011, 11, 21), new LocalDate(2011, 11, 30), at.PlusTicks(10), Guid.NewGuid());
        var later = TimelineEntry.SortKeyOf(new LocalDate(2012, 5, 1), new LocalDate(2012, 5, 31), at.Minus(Duration.FromDays(9000)), Guid.NewGuid());
        var undated = TimelineEntry.SortKeyOf(null, null, at.Minus(Duration.FromDays(9000)), Guid.NewGuid());
        string[] keys = [undated, later, sameDayLater, early];
        Assert.Equal([early, sameDayLater, later, undated], keys.Order(StringComparer.Ordinal));
        Assert.All(keys, k => Assert.True(k.Length == 74 && k.All(char.IsAsciiDigit)));
    }

    /// <summary>RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else { field.Append(c); }
        }

        return rows;
    }
}
