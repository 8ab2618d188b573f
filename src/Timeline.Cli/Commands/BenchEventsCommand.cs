using System.Diagnostics;
using NodaTime;
using Timeline.Contracts;
using Timeline.Core.Articles;
using Timeline.Core.Dates;
using Timeline.Core.Events;
using Timeline.Core.Text;

namespace Timeline.Cli.Commands;

/// <summary>
/// timeline bench events [--articles N] [--words W]: articles/s on one core for event extraction alone and with date
/// normalisation, beside the baseline of cleaning and sentence-splitting the same texts, in the same run.
/// Articles of about W words are built from our sample and gold articles.
/// </summary>
public static class BenchEventsCommand
{
    public static int Run(Args args)
    {
        var count = int.Parse(args.Option("articles") ?? "300");
        var words = int.Parse(args.Option("words") ?? "2000");
        args.RejectUnknown();

        var repo = RepoPaths.Root();
        var sources = Directory.GetFiles(Path.Combine(repo, "infra", "samples"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(repo, "tests", "gold", "articles"), "*.txt"))
            .Order().Select(File.ReadAllText).ToList();
        var published = new LocalDate(2012, 5, 31);
        var articles = Enumerable.Range(0, count).Select(i => Build(sources, i, words)).ToList();
        Console.WriteLine($"{count} articles of ~{articles.Average(a => a.Split(' ').Length):F0} words, one thread");

        // Inputs each stage starts from, prepared outside the timed loops.
        var documents = articles.Select(a => ArticleCleaner.Clean(new ValidArticle(a, "text/plain", null, null, null, published))).ToList();
        var timexes = documents.Select(d => TemporalTagger.Tag(d.Body, d.Published)).ToList();

        var baseline = Time(count, i => Sentences.Split(ArticleCleaner.Clean(new ValidArticle(articles[i], "text/plain", null, null, null, published)).Body).Count);
        var extraction = Time(count, i => EventExtractor.Extract(documents[i], timexes[i]).Count);
        var both = Time(count, i => EventExtractor.Extract(documents[i], TemporalTagger.Tag(documents[i].Body, published)).Count);

        Console.WriteLine($"{"stage",-44} {"articles/s",12} {"vs baseline",12}");
        Console.WriteLine($"{"baseline: clean + split sentences",-44} {baseline,12:F0} {1.0,12:F2}");
        Console.WriteLine($"{"event extraction alone",-44} {extraction,12:F0} {extraction / baseline,12:F2}");
        Console.WriteLine($"{"date normalisation + event extraction",-44} {both,12:F0} {both / baseline,12:F2}");
        return 0;
    }

    /// <summary>Articles per second, best of three rounds after a warm-up.</summary>
    private static double Time(int count, Func<int, int> work)
    {
        var sink = 0;
        for (var i = 0; i < Math.Min(count, 20); i++)
        {
            sink += work(i);
        }

        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                sink += work(i);
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        GC.KeepAlive(sink);
        return count / best;
    }

    /// <summary>A long article: paragraphs of our texts in an order that differs per article.</summary>
    private static string Build(List<string> sources, int seed, int words)
    {
        var paragraphs = sources.SelectMany(s => s.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)).ToList();
        var random = new Random(seed);
        var text = new List<string>();
        var total = 0;
        while (total < words)
        {
            var p = paragraphs[random.Next(paragraphs.Count)];
            text.Add(p);
            total += p.Split(' ').Length;
        }

        return string.Join("\n\n", text);
    }
}
