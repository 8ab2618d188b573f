using System.Text.Json;
using JasperFx.Events;
using Marten;
using RabbitMQ.Client;
using Timeline.Cli;
using Timeline.Cli.Commands;
using Timeline.Contracts;
using Timeline.Core;
using System.Net.Http.Json;
using Timeline.Store.Publishing;
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
        await live.WaitFor(m => m.Message.EntryId == entryId && m.Message.ArticleId == articleId); // the publisher has caught up with the store
        live.Messages.Clear();

        await using var session = pipeline.Store.QuerySession();
        var all = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync();
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        var entryEvents = all.Where(e => EntryMessages.IsPublished(e.Data)).Select(e => e.Id.ToString()).ToList();

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

    [Fact]
    public async Task A_subscriber_that_replays_from_zero_then_goes_live_ends_with_every_entry_as_it_is_stored()
    {
        var queue = $"catch-up-test-{Guid.NewGuid():N}";
        Assert.Equal(0, await ReplayCommand.Run(new Args(["--to-queue", queue, "--then-live", "--quiet"], "then-live", "quiet")));

        // Changes after the replay reach the same queue live: a new entry, and a correction of it.
        var (_, articleId, _) = await pipeline.Api.Submit(Support.UniqueStory(), published: "1993-11-28");
        var entryId = (await pipeline.Api.WaitForArticle(articleId))[0];
        var corrected = await pipeline.Api.PostAsJsonAsync($"/timeline/{entryId}/corrections",
            new { field = "summary", value = "Pakistan shut the Torkham crossing to NATO convoys (1993 test)", reason = "catch-up test", by = "test" });
        corrected.EnsureSuccessStatusCode();

        await using var session = pipeline.Store.QuerySession();
        var storedIds = (await session.Events.QueryAllRawEvents().Where(e => e.StreamId != Guid.Empty).ToListAsync())
            .Where(e => EntryMessages.IsPublished(e.Data)).Select(e => e.Id.ToString()).ToHashSet();
        var received = new Dictionary<string, TimelineEntryPublished>();
        var deliveries = 0;
        await using var connection = await pipeline.Rabbit.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!storedIds.IsSubsetOf(received.Keys) && DateTime.UtcNow < deadline)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } got)
            {
                deliveries++;
                received.TryAdd(got.BasicProperties.MessageId!, JsonSerializer.Deserialize<TimelineEntryPublished>(got.Body.Span, TimelineJson.Options)!);
            }
            else
            {
                await Task.Delay(100);
            }
        }

        await channel.QueueDeleteAsync(queue);
        // No gap: every stored entry event arrived, replayed or live; repeats (if any) carried ids already seen.
        Assert.Empty(storedIds.Except(received.Keys));
        Assert.True(deliveries >= received.Count);
        // Folded by entry, the latest message of each says what the store says now.
        var latest = received.Values.GroupBy(m => m.EntryId).ToDictionary(g => g.Key, g => g.MaxBy(m => m.Sequence)!);
        var entries = await session.Query<TimelineEntry>().ToListAsync();
        Assert.Equal(entries.Select(e => e.Id).Order(), latest.Keys.Order());
        Assert.All(entries, e => Assert.Equal((e.Summary, e.SourceCount), (latest[e.Id].Summary, latest[e.Id].SourceCount)));
        Assert.Equal("corrected", latest[entryId].Kind);
    }

    [Fact]
    public async Task A_subscriber_bound_to_a_named_timeline_gets_its_events_and_not_others()
    {
        await using var subscriber = await Subscriber.Start(pipeline.Rabbit, [.. SubscribeCommand.TimelineKeys(Timeline.Store.Queries.NamedTimeline.Known["us-pakistan"], null)]);
        var n = Random.Shared.Next(100, 999);
        var (_, india, _) = await pipeline.Api.Submit($"NEW DELHI, Jan 12 (Timeline Wire) - Indian troops shelled Pakistani border posts in Kashmir on Saturday, killing {n} soldiers, officials said.", published: "1998-01-12");
        Assert.NotEmpty(await pipeline.Api.WaitForArticle(india)); // an India–Pakistan event was recorded and published
        var (_, us, _) = await pipeline.Api.Submit($"ISLAMABAD, Jan 12 (Timeline Wire) - Pakistan closed the Torkham border crossing to NATO supply convoys on Saturday, leaving {n} trucks stranded.", published: "1998-01-12");
        await pipeline.Api.WaitForArticle(us);

        await subscriber.WaitFor(m => m.Message.ArticleId == us);
        Assert.DoesNotContain(subscriber.Messages, m => m.Message.ArticleId == india);
    }

    private async Task<List<string>> Snapshot()
    {
        await using var session = pipeline.Store.QuerySession();
        var entries = await session.Query<TimelineEntry>().ToListAsync();
        return entries.OrderBy(e => e.Id).Select(e => JsonSerializer.Serialize(e, TimelineJson.Options)).ToList();
    }
}
