using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Timeline.Contracts;
using Timeline.Store.Entries;
using Timeline.Store.Reprocessing;
using Xunit;
using static Timeline.Cli.Commands.ReprocessCommand;

namespace Timeline.Integration.Tests;

public sealed class ReprocessTests(PipelineFixture pipeline)
{
    [Fact]
    public async Task Reprocessing_records_only_the_differences_and_a_second_run_changes_nothing()
    {
        var n = Random.Shared.Next(100, 999);
        var story = $"KABUL, June 4 (Timeline Wire) - US aircraft struck a Pakistani border post on Monday, killing {n} soldiers, officials said. " +
            "Pakistan closed the Torkham border crossing to NATO supply convoys on Tuesday in retaliation.";
        var (_, articleId, _) = await pipeline.Api.Submit(story, published: "1996-06-04");
        var entryIds = await pipeline.Api.WaitForArticle(articleId);
        Assert.Equal(2, entryIds.Count);

        // The same cores as when it was recorded: nothing to record.
        Assert.False((await Reprocess(articleId, Extract)).Any);
        var eventsBefore = await EventCount();

        // A "better" extractor: it drops the first event, reads the second as claimed, and finds a third.
        IReadOnlyList<ReportedEvent> Better(CleanDocument document)
        {
            var found = Extract(document);
            return [found[1] with { Modality = Modality.Claimed }, found[0] with { Plover = "ACCUSE", Cameo = "112", Mode = null, Summary = "Pakistan accused the US" }];
        }

        var changes = await Reprocess(articleId, Better);
        Assert.Equal((1, 1, 1), (changes.Added, changes.Revised, changes.Withdrawn));
        var first = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{entryIds[0]}");
        Assert.Equal("retracted", first.GetProperty("status").GetString()); // its only report was withdrawn
        var second = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{entryIds[1]}");
        Assert.Equal("claimed", second.GetProperty("reports")[0].GetProperty("modality").GetString());
        var history = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{entryIds[1]}/history");
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("type").GetString() == "report_revised");

        // The same better extractor again: nothing new is stored.
        var eventsAfter = await EventCount();
        Assert.False((await Reprocess(articleId, Better)).Any);
        Assert.Equal(eventsAfter, await EventCount());
        Assert.True(eventsAfter > eventsBefore);

        // The whole store with this build, twice: the second pass has nothing left to change.
        await ReprocessAll();
        var total = await EventCount();
        Assert.Equal(0, await ReprocessAll());
        Assert.Equal(total, await EventCount());
    }

    private async Task<ArticleChanges> Reprocess(Guid articleId, Func<CleanDocument, IReadOnlyList<ReportedEvent>> extract)
    {
        await using var session = pipeline.Store.LightweightSession();
        return await Reprocessor.Reprocess(session, articleId, extract, "test-extractor", CancellationToken.None);
    }

    private async Task<int> ReprocessAll()
    {
        await using var query = pipeline.Store.QuerySession();
        var changed = 0;
        foreach (var id in await Reprocessor.Articles(query, CancellationToken.None))
        {
            changed += (await Reprocess(id, Extract)).Any ? 1 : 0;
        }

        return changed;
    }

    private async Task<long> EventCount()
    {
        await using var session = pipeline.Store.QuerySession();
        return await session.Events.QueryAllRawEvents().LongCountAsync();
    }
}
