using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Timeline.Integration.Tests;

public sealed class SeedTests(PipelineFixture pipeline)
{
    [Fact]
    public async Task The_seed_comes_out_in_order_with_no_2024_dates()
    {
        var seed = SeedPath();
        var (_, articleId, _) = await pipeline.Api.Submit(await File.ReadAllTextAsync(seed), published: "2012-05-31", source: "Reuters");
        var entryIds = (await pipeline.Api.WaitForArticle(articleId)).ToHashSet();

        var page = await pipeline.Api.GetFromJsonAsync<JsonElement>("/timeline?pageSize=500");
        var seedEntries = page.GetProperty("entries").EnumerateArray().Where(e => entryIds.Contains(e.GetProperty("id").GetGuid())).ToList();
        // An entry may have been recorded from another article first (the seed then corroborates it): find the seed's
        // events by the seed's own evidence sentences.
        int IndexOf(string word, string plover) => seedEntries.FindIndex(e => e.GetProperty("plover").GetString() == plover && e.GetProperty("reports").EnumerateArray().Any(r =>
            r.GetProperty("articleId").GetGuid() == articleId && r.GetProperty("evidence").GetProperty("sentence").GetString()!.Contains(word)));

        var strike = IndexOf("killed 24", "ASSAULT");
        var closure = IndexOf("supply routes", "COERCE");
        var officers = IndexOf("Two US officers", "COOPERATE");
        var talks = IndexOf("talks aimed at reopening", "CONSULT");
        // Other articles may have dated the strike and the closure to the same day (26 November): then either may come first.
        string Start(int i) => seedEntries[i].GetProperty("date").GetProperty("start").GetString()!;
        Assert.True(strike >= 0 && closure >= 0 && officers > Math.Max(strike, closure) && talks > officers, $"order: {strike} {closure} {officers} {talks}");
        Assert.True(strike < closure || Start(strike) == Start(closure), $"the closure ({Start(closure)}) is listed before the strike ({Start(strike)})");
        Assert.StartsWith("2011-11-", Start(strike));
        Assert.DoesNotContain(seedEntries, e => e.GetProperty("date").GetProperty("start").GetString()?.StartsWith("2024") == true);
    }

    private static string SeedPath()
    {
        var seeds = Path.Combine(Timeline.Cli.RepoPaths.Root(), "..", "shared", "seeds");
        if (!Directory.Exists(seeds))
        {
            Assert.Skip("../shared/seeds is not beside the repository");
        }

        return Directory.GetFiles(seeds, "*.txt").Order().First();
    }
}
