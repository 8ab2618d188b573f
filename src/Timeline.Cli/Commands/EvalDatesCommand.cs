using System.Diagnostics;
using Timeline.Core.Dates;

namespace Timeline.Cli.Commands;

/// <summary>
/// timeline eval dates --gold DIR [--system DIR] [--kind news|narrative|auto] [--errors N]: TempEval-3 measures per
/// folder of .tml files (strict and relaxed extraction, value and type), with an error breakdown by kind of expression.
/// Without --system, our tagger runs on the gold documents' text and DCT.
/// </summary>
public static class EvalDatesCommand
{
    public static int Run(Args args)
    {
        var goldDir = args.Option("gold") ?? throw new UsageException("eval dates needs --gold DIR");
        var systemDir = args.Option("system");
        var kind = DatesCommand.Kind(args.Option("kind"));
        var showErrors = int.Parse(args.Option("errors") ?? "0");
        args.RejectUnknown();
        if (!Directory.Exists(goldDir))
        {
            Console.Error.WriteLine($"timeline: no such folder: {goldDir}");
            return 2;
        }

        var files = Directory.GetFiles(goldDir, "*.tml", SearchOption.AllDirectories).Order().ToList();
        var byCorpus = new SortedDictionary<string, TimexScore>();
        var watch = Stopwatch.StartNew();
        long characters = 0;
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(goldDir, file);
            var gold = TimeMl.Parse(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            characters += gold.Text.Length;
            IReadOnlyList<TimexAnnotation> system;
            if (systemDir is null)
            {
                system = DatesCommand.Annotate(gold, kind);
            }
            else
            {
                var systemFile = Path.Combine(systemDir, relative);
                system = File.Exists(systemFile) ? TimeMl.Parse(gold.Id, File.ReadAllText(systemFile)).Timexes : [];
            }

            var corpus = Path.GetDirectoryName(relative) is { Length: > 0 } d ? d : Path.GetFileName(Path.GetFullPath(goldDir));
            byCorpus[corpus] = byCorpus.GetValueOrDefault(corpus, TimexScore.Empty) + TimexScoring.Score(gold.Id, gold.Timexes, system);
        }

        var elapsed = watch.Elapsed;
        Console.WriteLine($"{"corpus",-16} {"docs",5} {"gold",6} {"strict P/R/F1",-20} {"relaxed P/R/F1",-20} {"value F1",8} {"type F1",8}");
        var total = TimexScore.Empty;
        foreach (var (corpus, score) in byCorpus)
        {
            var docs = files.Count(f => Path.GetRelativePath(goldDir, f).StartsWith(corpus + Path.DirectorySeparatorChar, StringComparison.Ordinal) || byCorpus.Count == 1);
            Print(corpus, docs, score);
            total += score;
        }

        if (byCorpus.Count > 1)
        {
            Print("all", files.Count, total);
        }

        if (systemDir is null)
        {
            Console.WriteLine($"tagging speed: {files.Count / elapsed.TotalSeconds:F0} documents/s, {characters / elapsed.TotalSeconds / 1000:F0}k characters/s (including reading and scoring)");
        }

        Console.WriteLine();
        Console.WriteLine("errors by kind and category:");
        foreach (var group in total.Errors.GroupBy(e => (e.Kind, e.Category)).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  {group.Key.Kind,-9} {group.Key.Category,-13} {group.Count(),5}");
            foreach (var e in group.Take(showErrors))
            {
                Console.WriteLine($"      {e.Document}: gold {e.Gold} | system {e.System}");
            }
        }

        return 0;
    }

    private static void Print(string corpus, int docs, TimexScore s) =>
        Console.WriteLine($"{corpus,-16} {docs,5} {s.Strict.Gold,6} {Triple(s.Strict),-20} {Triple(s.Relaxed),-20} {100 * s.Value.F1,8:F2} {100 * s.Type.F1,8:F2}");

    private static string Triple(Prf p) => $"{100 * p.Precision:F1}/{100 * p.Recall:F1}/{100 * p.F1:F2}";
}
