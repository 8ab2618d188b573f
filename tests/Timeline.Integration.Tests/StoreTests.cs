using System.Text.Json;
using JasperFx.Events;
using Marten;
using RabbitMQ.Client;
using Timeline.Cli;
using Timeline.Cli.Commands;
using Timeline.Core;
using Timeline.Store;
using Timeline.Store.Entries;
using Xunit;

namespace Timeline.Integration.Tests;

public sealed class StoreTests(PipelineFixture pipeline)
{
    [Fact]
    public async Task Replay_returns_the_stored_events_in_order_and_re_sends_history_only_to_the_named_queue()
    {
        await using var live = await Subscriber.Start(pipeline.Rabbit);
        var (_, articleId, _) = await pipeline.Api.Submit(Support.UniqueStory());
        var entryId = (await pipeline.Api.WaitForArticle(articleId))[0];
        await live.WaitFor(m => m.Message.EntryId == entryId); // the publisher has caught up with the store
        live.Messages.Clear();

        await using var session = pipeline.Store.QuerySession();
        var all = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync();
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        var entryEvents = all.Where(e => e.Data is EntryRecorded or ReportAttached or EntryDateRefined or EntryDateContested
            or EntryCorrected or EntryRetracted or EntryMerged or EntryAbsorbed).Select(e => e.Id.ToString()).ToList();

        var queue = $"replay-test-{Guid.NewGuid():N}";
        Assert.Equal(0, await ReplayCommand.Run(new Args(["--to-queue", queue])));

        await using var connection = await pipeline.Rabbit.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var replayed = new List<string>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } got)
        {
            replayed.Add(got.BasicProperties.MessageId!);
        }

        await channel.QueueDeleteAsync(queue);
        // Everything stored up to the replay, in store order, with the same ids the live messages carried...
        Assert.Equal(entryEvents, replayed.Take(entryEvents.Count));
        // ...and nothing of it reached the live subscriber.
        await Task.Delay(500);
        Assert.Empty(live.Messages);
    }

    [Fact]
    public async Task A_rebuilt_projection_equals_the_live_one()
    {
        var (_, articleId, _) = await pipeline.Api.Submit(Support.UniqueStory());
        await pipeline.Api.WaitForArticle(articleId);

        var before = await Snapshot();
        await TimelineStore.Rebuild(pipeline.Store, CancellationToken.None);
        var after = await Snapshot();
        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_report_of_a_known_event_from_another_article_corroborates_the_entry_instead_of_duplicating_it()
    {
        var story = Support.UniqueStory();
        var (_, first, _) = await pipeline.Api.Submit(story, url: "https://example.org/a");
        var firstEntries = await pipeline.Api.WaitForArticle(first);
        var retold = "ISLAMABAD, Nov 28 (AP) - Pakistan closed the Torkham border crossing to NATO supply convoys on Saturday, officials said, as anger grew over the strike.";
        var (_, second, _) = await pipeline.Api.Submit(retold, url: "https://example.org/b");
        var secondEntries = await pipeline.Api.WaitForArticle(second);

        Assert.Equal(firstEntries[0], secondEntries[0]);
        await using var session = pipeline.Store.QuerySession();
        var entry = await session.LoadAsync<TimelineEntry>(firstEntries[0]);
        Assert.True(entry!.SourceCount >= 2);
        Assert.Contains(entry.Reports, r => r.Url == "https://example.org/b");
    }

    private async Task<List<string>> Snapshot()
    {
        await using var session = pipeline.Store.QuerySession();
        var entries = await session.Query<TimelineEntry>().ToListAsync();
        return entries.OrderBy(e => e.Id).Select(e => JsonSerializer.Serialize(e, TimelineJson.Options)).ToList();
    }
}
