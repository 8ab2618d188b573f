using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Timeline.Contracts;
using Timeline.Core;
using Timeline.Core.Articles;
using Timeline.Core.Events;

namespace Timeline.Cli.Commands;

/// <summary>
/// timeline eval events --gold FILE|DIR [--errors]: event precision and recall against our gold set (tests/gold/events.json),
/// with type, actor and date accuracy, the share dated by the publication date, and duplicates.
/// timeline eval types --plover FILE: the type classifier on PLOVER's gold-standard records.
/// </summary>
public static class EvalEventsCommand
{
    public static int Events(Args args)
    {
        var goldPath = args.Option("gold") ?? throw new UsageException("eval events needs --gold FILE|DIR");
        var showErrors = args.Flag("errors");
        args.RejectUnknown();

        // A folder of gold sets is scored set by set and pooled: one line per set, then the totals.
        var files = Directory.Exists(goldPath) ? Directory.GetFiles(goldPath, "*.json").Order(StringComparer.Ordinal).ToList()
            : File.Exists(goldPath) ? [goldPath]
            : [];
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"timeline: no gold set at {goldPath} (a gold JSON file, or a folder of them)");
            return 2;
        }

        var total = EventScore.Empty;
        foreach (var goldFile in files)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(goldFile))!;
            var score = GoldSet.Evaluate(GoldSet.Parse(File.ReadAllText(goldFile)), file => File.ReadAllText(Path.Combine(folder, file)));
            if (files.Count > 1)
            {
                Console.WriteLine($"{Path.GetFileName(goldFile),-26} gold {score.Gold,4}  P {score.Precision:F2}  R {score.Recall:F2}  actors {score.ActorAccuracy:F2}  dates {score.DateAccuracy:F2}  duplicates {score.Duplicates}");
            }

            total += score;
        }

        Console.WriteLine($"gold events {total.Gold}, extracted {total.System}, matched {total.Matched} (evidence sentence and type)");
        Console.WriteLine($"precision {total.Precision:F2}  recall {total.Recall:F2}  F1 {total.F1:F2}");
        Console.WriteLine($"type accuracy {total.TypeAccuracy:F2} (of {total.SentenceMatched} found sentences)  actor accuracy {total.ActorAccuracy:F2}  date accuracy {total.DateAccuracy:F2}");
        Console.WriteLine($"dated by the publication date {total.PublicationShare:F2} of matched  duplicates {total.Duplicates}");
        if (showErrors)
        {
            total.Errors.ToList().ForEach(e => Console.WriteLine("  " + e));
        }

        return 0;
    }

    public static int Types(Args args)
    {
        var file = args.Option("plover") ?? throw new UsageException("eval types needs --plover FILE (PLOVER_GSR_CAMEO.txt)");
        var showErrors = args.Flag("errors");
        args.RejectUnknown();
        var records = JsonDocument.Parse(File.ReadAllText(file)).RootElement.EnumerateArray()
            .Where(r => r.TryGetProperty("text", out _) && r.GetProperty("event").GetString() != "DOCUMENT")
            .ToList();
        var byType = new SortedDictionary<string, (int N, int Coded, int Right, int Any)>();
        foreach (var r in records)
        {
            var gold = r.GetProperty("event").GetString()!;
            gold = Renamed.GetValueOrDefault(gold, gold);
            var published = r.TryGetProperty("date", out var d) ? Date(d.GetString()) : null;
            var events = Pipeline.Run(new ValidArticle(r.GetProperty("text").GetString()!, "text/plain", null, null, null, published)).Events;
            if (showErrors && events.All(e => e.Plover != gold))
            {
                var text = r.GetProperty("text").GetString()!.ReplaceLineEndings(" ");
                Console.WriteLine($"  {gold} expected, got {(events.Count == 0 ? "nothing" : string.Join(", ", events.Select(e => e.Plover)))}: {text[..Math.Min(160, text.Length)]}");
            }

            var (n, coded, right, any) = byType.GetValueOrDefault(gold);
            byType[gold] = (n + 1, coded + (events.Count > 0 ? 1 : 0), right + (events.Count > 0 && events[0].Plover == gold ? 1 : 0),
                any + (events.Any(e => e.Plover == gold) ? 1 : 0));
        }

        Console.WriteLine($"{"PLOVER type",-12} {"records",8} {"coded",6} {"first right",12} {"any right",10}");
        foreach (var (type, (n, coded, right, any)) in byType)
        {
            Console.WriteLine($"{type,-12} {n,8} {coded,6} {right,12} {any,10}");
        }

        var all = byType.Values.Aggregate((N: 0, C: 0, R: 0, A: 0), (s, v) => (s.N + v.N, s.C + v.Coded, s.R + v.Right, s.A + v.Any));
        Console.WriteLine($"{"all",-12} {all.N,8} {all.C,6} {all.R,12} {all.A,10}");
        Console.WriteLine($"coverage {(double)all.C / all.N:F2}; type accuracy where coded {(all.C == 0 ? 0 : (double)all.R / all.C):F2}; recall of the type {(double)all.A / all.N:F2}");
        return 0;
    }

    /// <summary>
    /// The gold-standard records use PLOVER's earlier names; CAMEO2PLOVER-2021, which our table follows, folds FIGHT into
    /// ASSAULT and DISAPPROVE and INVESTIGATE into ACCUSE.
    /// </summary>
    private static readonly Dictionary<string, string> Renamed = new() { ["FIGHT"] = "ASSAULT", ["DISAPPROVE"] = "ACCUSE", ["INVESTIGATE"] = "ACCUSE" };

    private static LocalDate? Date(string? text) =>
        text is { Length: >= 10 } && LocalDatePattern.Iso.Parse(text[..10]) is { Success: true } p ? p.Value : null;
}
