using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Timeline.Integration.Tests;

public sealed class DedupTests(PipelineFixture pipeline)
{
    // Five outlets, five wordings, one strike and one closure: our own texts, modelled on 26 November 2011 but set in 2005
    // (26 November 2005 was also a Saturday) so that no other test's article about 2011 takes part.
    private static readonly (string Published, string Url, string Text)[] Outlets =
    [
        ("2005-11-26", "https://frontier.example/1", "PESHAWAR, Nov. 26 (Frontier Daily) - NATO aircraft struck two Pakistani border posts in Mohmand early on Saturday, killing 24 soldiers, the army said. Pakistan closed the Torkham crossing to NATO supply trucks hours later."),
        ("2005-11-27", "https://herald.example/2", "ISLAMABAD, Nov. 27 (Capital Herald) - Pakistan shut the NATO supply routes into Afghanistan on Saturday in retaliation for a NATO air strike that killed 24 of its soldiers at the Salala checkpoints on Saturday."),
        ("2005-11-28", "https://morning.example/3", "KABUL, Nov. 28 (Kabul Morning) - A NATO air attack killed 24 Pakistani soldiers at two border posts on Saturday, Afghan officials said. Pakistan has closed the Torkham and Chaman crossings to NATO convoys since Saturday."),
        ("2005-11-28", "https://atlantic.example/4", "WASHINGTON, Nov. 28 (Atlantic Desk) - US officials voiced regret on Monday after NATO helicopters killed 24 Pakistani soldiers on Saturday. Pakistan closed its border crossings to NATO supplies on Saturday."),
        ("2005-12-01", "https://balochistan.example/5", "QUETTA, Dec. 1 (Balochistan Times) - Hundreds of NATO trucks remained stranded at Chaman on Thursday. Pakistan closed the border to NATO supplies on Saturday after a NATO strike killed 24 Pakistani soldiers on Saturday."),
    ];

    [Fact]
    public async Task Five_outlets_reporting_one_strike_and_one_closure_give_one_entry_each_with_every_source()
    {
        var byType = new Dictionary<string, HashSet<Guid>> { ["ASSAULT"] = [], ["COERCE"] = [] };
        foreach (var (published, url, text) in Outlets)
        {
            var (_, articleId, _) = await pipeline.Api.Submit(text, published: published, url: url, source: new Uri(url).Host);
            foreach (var entryId in await pipeline.Api.WaitForArticle(articleId))
            {
                var entry = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{entryId}");
                if (byType.TryGetValue(entry.GetProperty("plover").GetString()!, out var ids))
                {
                    ids.Add(entryId);
                }
            }
        }

        foreach (var (type, ids) in byType)
        {
            Assert.True(ids.Count == 1, $"{type}: {ids.Count} entries: {string.Join(" | ", await Task.WhenAll(ids.Select(async i => (await pipeline.Api.GetStringAsync($"/timeline/{i}")))))}");
            var entryId = ids.Single(); // every outlet's report went to the same entry
            var entry = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{entryId}");
            var urls = entry.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("url").GetString()).ToHashSet();
            Assert.True(Outlets.All(o => urls.Contains(o.Url)), $"{type}: {string.Join(", ", urls)}");
            Assert.True(entry.GetProperty("sourceCount").GetInt32() >= Outlets.Length);
            Assert.Equal("2005-11-26", entry.GetProperty("date").GetProperty("start").GetString());
        }
    }
}
