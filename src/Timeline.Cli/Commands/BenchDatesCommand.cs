using System.Diagnostics;
using System.Text.Json;
using Timeline.Core;
using Timeline.Core.Dates;

namespace Timeline.Cli.Commands;

/// <summary>
/// timeline bench dates --gold DIR [--kind K] [--rounds N]: our tagger and chrono-node (npm, infra/peers) on the same
/// TimeML documents with the same reference dates — TempEval-3 value F1 and throughput on one core, side by side.
/// </summary>
public static class BenchDatesCommand
{
    public static async Task<int> Run(Args args)
    {
        var goldDir = args.Option("gold") ?? throw new UsageException("bench dates needs --gold DIR");
        var kind = DatesCommand.Kind(args.Option("kind"));
        var rounds = int.Parse(args.Option("rounds") ?? "3");
        args.RejectUnknown();

        var docs = Directory.GetFiles(goldDir, "*.tml", SearchOption.AllDirectories).Order()
            .Select(f => TimeMl.Parse(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))
            .ToList();
        var characters = docs.Sum(d => (long)d.Text.Length);

        // Ours: best of a few rounds, tagging only (the documents are already in memory).
        var ours = new Dictionary<string, IReadOnlyList<TimexAnnotation>>();
        var best = TimeSpan.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var doc in docs)
            {
                ours[doc.Id] = DatesCommand.Annotate(doc, kind);
            }

            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        var (chrono, chronoMs) = await RunChrono(docs, rounds);
        var ourScore = docs.Aggregate(TimexScore.Empty, (s, d) => s + TimexScoring.Score(d.Id, d.Timexes, ours[d.Id]));
        var chronoScore = docs.Aggregate(TimexScore.Empty, (s, d) => s + TimexScoring.Score(d.Id, d.Timexes, chrono.GetValueOrDefault(d.Id, [])));

        Console.WriteLine($"{docs.Count} documents, {characters:N0} characters, gold TIMEX3: {docs.Sum(d => d.Timexes.Count)} ({goldDir})");
        Console.WriteLine($"{"",-22} {"Timeline",12} {"chrono-node",12} {"ratio",8}");
        Row("value F1", 100 * ourScore.Value.F1, 100 * chronoScore.Value.F1, "F2");
        Row("strict F1", 100 * ourScore.Strict.F1, 100 * chronoScore.Strict.F1, "F2");
        Row("relaxed F1", 100 * ourScore.Relaxed.F1, 100 * chronoScore.Relaxed.F1, "F2");
        Row("documents/s", docs.Count / best.TotalSeconds, docs.Count / (chronoMs / 1000), "F0");
        Row("characters/s (k)", characters / best.TotalSeconds / 1000, characters / (chronoMs / 1000) / 1000, "F0");
        Console.WriteLine("(throughput: best of the rounds, one thread each; chrono timed inside node, without start-up)");
        return 0;
    }

    private static void Row(string name, double ours, double peer, string format) =>
        Console.WriteLine($"{name,-22} {ours.ToString(format),12} {peer.ToString(format),12} {(peer == 0 ? "∞" : (ours / peer).ToString("F2")),8}");

    private static async Task<(Dictionary<string, IReadOnlyList<TimexAnnotation>> Results, double BestMs)> RunChrono(List<TimeMlDocument> docs, int rounds)
    {
        var script = Path.Combine(RepoPaths.Root(), "infra", "peers", "chrono-dates.mjs");
        if (!Directory.Exists(Path.Combine(RepoPaths.Root(), "infra", "peers", "node_modules", "chrono-node")))
        {
            throw new UsageException("chrono-node is not installed: run `npm ci --prefix infra/peers` (bash infra/bench-dates.sh does)");
        }

        var input = string.Join('\n', docs.Select(d => JsonSerializer.Serialize(new { id = d.Id, text = d.Text, reference = d.CreationTime?.ToString("uuuu-MM-dd", null) })));
        Dictionary<string, IReadOnlyList<TimexAnnotation>> results = [];
        var best = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var start = new ProcessStartInfo("node", script) { RedirectStandardInput = true, RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
            var lines = (await process.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            await process.WaitForExitAsync();
            results = lines[..^1].Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(
                e => e.GetProperty("id").GetString()!,
                e => (IReadOnlyList<TimexAnnotation>)e.GetProperty("timexes").EnumerateArray().Select(t => new TimexAnnotation(
                    t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("text").GetString()!,
                    t.GetProperty("type").GetString()!, t.GetProperty("value").GetString()!, null)).ToList());
            best = Math.Min(best, JsonDocument.Parse(lines[^1]).RootElement.GetProperty("elapsedMs").GetDouble());
        }

        return (results, best);
    }
}
