using System.Text.Json;
using NodaTime.Text;
using Timeline.Core.Articles;
using Timeline.Core.Events;
using Xunit;

namespace Timeline.Core.Tests;

/// <summary>Our own gold set (tests/gold) as a regression guard: a change that loses events or dates them wrongly fails here.</summary>
public class EventGoldTests
{
    [Fact]
    public void The_extractor_keeps_its_figures_on_our_gold_set()
    {
        var goldFile = Path.Combine(Repo(), "tests", "gold", "events.json");
        var root = JsonDocument.Parse(File.ReadAllText(goldFile)).RootElement;
        var total = EventScore.Empty;
        foreach (var article in root.GetProperty("articles").EnumerateArray())
        {
            var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(goldFile)!, article.GetProperty("file").GetString()!));
            var published = LocalDatePattern.Iso.Parse(article.GetProperty("published").GetString()!).Value;
            var result = Pipeline.Run(new ValidArticle(text, "text/plain", null, null, null, published));
            var gold = article.GetProperty("events").EnumerateArray().Select(e => new GoldEvent(
                e.GetProperty("evidence").GetString()!, e.GetProperty("plover").GetString()!, e.GetProperty("source").GetString()!,
                e.GetProperty("target").GetString(),
                LocalDatePattern.Iso.Parse(e.GetProperty("start").GetString()!).Value, LocalDatePattern.Iso.Parse(e.GetProperty("end").GetString()!).Value)).ToList();
            total += EventScoring.Score(article.GetProperty("file").GetString()!, gold, result.Events);
        }

        var report = string.Join("\n", total.Errors);
        Assert.True(total.Precision >= 0.85, $"precision {total.Precision:F2}\n{report}");
        Assert.True(total.Recall >= 0.85, $"recall {total.Recall:F2}\n{report}");
        Assert.True(total.DateAccuracy >= 0.9, $"date accuracy {total.DateAccuracy:F2}\n{report}");
        Assert.Equal(0, total.Duplicates);
    }

    private static string Repo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root");
    }
}
