namespace Timeline.Store.Exports;

/// <summary>The forms analysts take the timeline away in.</summary>
public enum ExportFormat
{
    /// <summary>TimelineJS's JSON: one slide per dated entry, partial dates, display_date for imprecise ones.</summary>
    TimelineJs,

    /// <summary>One row per entry with ACLED/GDELT-like columns.</summary>
    Csv,

    /// <summary>PLOVER's JSON lines: one record per entry.</summary>
    PloverJsonl,
}

public static class ExportFormats
{
    public static readonly IReadOnlyDictionary<string, ExportFormat> ByName = new Dictionary<string, ExportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["timelinejs"] = ExportFormat.TimelineJs,
        ["csv"] = ExportFormat.Csv,
        ["jsonl"] = ExportFormat.PloverJsonl,
        ["plover"] = ExportFormat.PloverJsonl,
    };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.TimelineJs => "application/json; charset=utf-8",
        ExportFormat.Csv => "text/csv; charset=utf-8",
        _ => "application/x-ndjson; charset=utf-8",
    };

    public static string FileName(ExportFormat format) => format switch
    {
        ExportFormat.TimelineJs => "timeline.timelinejs.json",
        ExportFormat.Csv => "timeline.csv",
        _ => "timeline.plover.jsonl",
    };

    /// <summary>Writes the entries, in the order given, in one format; returns how many were written.</summary>
    public static Task<int> Write(ExportFormat format, IAsyncEnumerable<Entries.TimelineEntry> entries, Stream output, string title, CancellationToken ct) =>
        format switch
        {
            ExportFormat.TimelineJs => TimelineJsExport.Write(entries, output, title, ct),
            ExportFormat.Csv => CsvExport.Write(entries, output, ct),
            _ => PloverExport.Write(entries, output, ct),
        };
}
