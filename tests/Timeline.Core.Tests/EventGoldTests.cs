using Timeline.Core.Events;
using Xunit;

namespace Timeline.Core.Tests;

/// <summary>Our own gold set (tests/gold) as a regression guard: a change that loses events or dates them wrongly fails here.</summary>
public class EventGoldTests
{
    [Fact]
    public void The_extractor_keeps_its_figures_on_our_gold_set()
    {
        var folder = Path.Combine(SharedData.RepoRoot, "tests", "gold");
        var total = GoldSet.Evaluate(GoldSet.Parse(File.ReadAllText(Path.Combine(folder, "events.json"))), file => File.ReadAllText(Path.Combine(folder, file)));

        var report = string.Join("\n", total.Errors);
        Assert.True(total.Precision >= 0.85, $"precision {total.Precision:F2}\n{report}");
        Assert.True(total.Recall >= 0.85, $"recall {total.Recall:F2}\n{report}");
        Assert.True(total.DateAccuracy >= 0.9, $"date accuracy {total.DateAccuracy:F2}\n{report}");
        Assert.Equal(0, total.Duplicates);
    }

    /// <summary>
    /// The sets written blind in session 3; their first runs are in the README. Their floors sit below this build's
    /// figures so that a rule that helps one set and hurts another shows. Dates sit lowest: an event "after the strikes"
    /// is dated from the strikes to the report, which is honest but wider than the gold span.
    /// </summary>
    [Theory]
    [InlineData("events-holdout.json")]
    [InlineData("events-holdout2.json")]
    [InlineData("events-holdout3.json")]
    [InlineData("events-holdout4.json")]
    [InlineData("events-holdout5.json")]
    [InlineData("events-holdout6.json")]
    [InlineData("events-holdout7.json")]
    [InlineData("events-holdout8.json")]
    [InlineData("events-holdout9.json")]
    [InlineData("events-holdout10.json")]
    [InlineData("events-holdout11.json")]
    [InlineData("events-holdout12.json")]
    [InlineData("events-holdout13.json")]
    [InlineData("events-holdout14.json")]
    [InlineData("events-holdout15.json")]
    [InlineData("events-holdout16.json")]
    [InlineData("events-holdout17.json")]
    [InlineData("events-holdout18.json")]
    [InlineData("events-holdout19.json")]
    [InlineData("events-holdout20.json")]
    [InlineData("events-holdout21.json")]
    [InlineData("events-holdout22.json")]
    [InlineData("events-holdout23.json")]
    [InlineData("events-holdout24.json")]
    [InlineData("events-holdout25.json")]
    [InlineData("events-holdout26.json")]
    [InlineData("events-holdout27.json")]
    [InlineData("events-holdout28.json")]
    [InlineData("events-holdout29.json")]
    [InlineData("events-holdout30.json")]
    [InlineData("events-holdout31.json")]
    [InlineData("events-holdout32.json")]
    [InlineData("events-holdout33.json")]
    [InlineData("events-holdout34.json")]
    [InlineData("events-holdout35.json")]
    [InlineData("events-holdout36.json")]
    [InlineData("events-holdout38.json")]
    [InlineData("events-holdout39.json")]
    [InlineData("events-holdout40.json")]
    [InlineData("events-holdout41.json")]
    [InlineData("events-holdout42.json")]
    [InlineData("events-holdout43.json")]
    [InlineData("events-holdout44.json")]
    [InlineData("events-holdout45.json")]
    [InlineData("events-holdout46.json")]
    [InlineData("events-holdout47.json")]
    [InlineData("events-holdout49.json")]
    [InlineData("events-holdout52.json")]
    [InlineData("events-holdout53.json")]
    [InlineData("events-holdout54.json")]
    [InlineData("events-holdout55.json")]
    [InlineData("events-holdout56.json")]
    [InlineData("events-holdout57.json")]
    [InlineData("events-holdout58.json")]
    [InlineData("events-holdout59.json")]
    [InlineData("events-holdout60.json")]
    [InlineData("events-holdout61.json")]
    [InlineData("events-holdout62.json")]
    [InlineData("events-holdout63.json")]
    [InlineData("events-holdout64.json")]
    [InlineData("events-holdout65.json")]
    [InlineData("events-holdout66.json")]
    [InlineData("events-holdout67.json")]
    [InlineData("events-holdout68.json")]
    [InlineData("events-holdout69.json")]
    [InlineData("events-holdout71.json")]
    [InlineData("events-holdout72.json")]
    [InlineData("events-holdout73.json")]
    [InlineData("events-holdout74.json")]
    [InlineData("events-holdout75.json")]
    [InlineData("events-holdout76.json")]
    public void The_extractor_keeps_its_figures_on_the_held_out_sets(string file)
    {
        var folder = Path.Combine(SharedData.RepoRoot, "tests", "gold");
        var total = GoldSet.Evaluate(GoldSet.Parse(File.ReadAllText(Path.Combine(folder, file))), name => File.ReadAllText(Path.Combine(folder, name)));

        var report = string.Join("\n", total.Errors);
        Assert.True(total.Precision >= 0.85, $"precision {total.Precision:F2}\n{report}");
        Assert.True(total.Recall >= 0.8, $"recall {total.Recall:F2}\n{report}");
        Assert.True(total.DateAccuracy >= 0.6, $"date accuracy {total.DateAccuracy:F2}\n{report}");
        Assert.Equal(0, total.Duplicates);
    }
}
