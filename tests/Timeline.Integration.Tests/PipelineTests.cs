using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marten;
using NodaTime;
using RabbitMQ.Client;
using Timeline.Cli;
using Timeline.Cli.Commands;
using Timeline.Contracts;
using Timeline.Core;
using Timeline.Core.Articles;
using Timeline.Store;
using Timeline.Store.Articles;
using Timeline.Store.Entries;
using Xunit;

namespace Timeline.Integration.Tests;

public sealed class PipelineTests(PipelineFixture pipeline)
{
    [Fact]
    public async Task An_article_submitted_through_the_API_reaches_the_timeline_and_a_subscriber_receives_the_new_event_message()
    {
        await using var subscriber = await Subscriber.Start(pipeline.Rabbit, "entry.*.COERCE.PAK.*");
        var (status, articleId, _) = await pipeline.Api.Submit(Support.UniqueStory(), url: "https://example.org/wire/1");
        Assert.Equal(HttpStatusCode.Accepted, status);

        var entryIds = await pipeline.Api.WaitForArticle(articleId);
        var entryId = Assert.Single(entryIds);
        var entry = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{entryId}");
        Assert.Equal("COERCE", entry.GetProperty("plover").GetString());
        Assert.Equal("2011-11-26", entry.GetProperty("date").GetProperty("start").GetString());
        Assert.Contains(entry.GetProperty("reports").EnumerateArray(), r => r.GetProperty("articleId").GetGuid() == articleId
            && r.GetProperty("evidence").GetProperty("sentence").GetString()!.Contains("Torkham"));

        var received = await subscriber.WaitFor(m => m.Message.EntryId == entryId);
        Assert.Equal(received.Message.MessageId.ToString(), received.MessageId);
        Assert.StartsWith("entry.", received.RoutingKey);
        Assert.Equal(new LocalDate(2011, 11, 26), received.Message.Date.Start);

        var page = await pipeline.Api.GetFromJsonAsync<JsonElement>("/timeline?actor=PAK&type=COERCE&from=2011-11-26&to=2011-11-26&pageSize=500");
        Assert.Contains(page.GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetGuid() == entryId);
    }

    [Fact]
    public async Task The_same_article_submitted_again_is_reported_as_a_duplicate()
    {
        var story = Support.UniqueStory();
        var (_, first, _) = await pipeline.Api.Submit(story);
        await pipeline.Api.WaitForArticle(first);
        var (status, second, body) = await pipeline.Api.Submit(story.Replace(" - ", "  -  "));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(first, second);
        Assert.Contains("duplicate", body);
    }

    [Fact]
    public async Task The_same_message_delivered_twice_leaves_one_timeline_entry()
    {
        var story = Support.UniqueStory();
        var result = Pipeline.Run(new ValidArticle(story, "text/plain", null, null, null, new LocalDate(2011, 11, 28)));
        var articleId = Guid.NewGuid();
        var message = new EventsExtracted(articleId, result.Document, new ArticleSource("Twice", null), result.Events, "test", SystemClock.Instance.GetCurrentInstant());
        await pipeline.Bus.Publish(message);
        await pipeline.Bus.Publish(message);
        // The store handles one message at a time in queue order: once a later marker is stored, both copies were handled.
        var marker = Guid.NewGuid();
        await pipeline.Bus.Publish(message with { ArticleId = marker, Events = [] });
        await pipeline.Api.WaitForArticle(marker);

        await using var session = pipeline.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(articleId);
        Assert.Single(events, e => e.Data is ArticleRecorded);
        var entries = await session.Query<TimelineEntry>().Where(e => e.Plover == "COERCE").ToListAsync();
        var reports = entries.SelectMany(e => e.Reports).Where(r => r.ArticleId == articleId).ToList();
        Assert.Single(reports);
    }

    [Fact]
    public async Task A_poison_message_lands_in_the_error_queue_with_its_reason_and_the_pipeline_keeps_going()
    {
        var poisonId = Guid.NewGuid();
        await pipeline.Bus.Publish(new SubmitArticle(poisonId, "", "text/plain", null, new ArticleSource(null, null), null, SystemClock.Instance.GetCurrentInstant()));

        await using var connection = await pipeline.Rabbit.CreateConnectionAsync();
        var reason = await Support.Eventually(async () =>
        {
            // MassTransit creates the error queue with the first fault; until then a get fails (and closes its channel).
            await using var channel = await connection.CreateChannelAsync();
            BasicGetResult? got;
            try
            {
                got = await channel.BasicGetAsync("ingestion-submit-article_error", autoAck: true);
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
                return null;
            }

            if (got is null || !Encoding.UTF8.GetString(got.Body.Span).Contains(poisonId.ToString()))
            {
                return null;
            }

            var headers = got.BasicProperties.Headers!;
            return Encoding.UTF8.GetString((byte[])headers["MT-Fault-Message"]!);
        }, 45, "the poison message in ingestion-submit-article_error");
        Assert.Contains("empty", reason);

        var (_, articleId, _) = await pipeline.Api.Submit(Support.UniqueStory());
        Assert.NotEmpty(await pipeline.Api.WaitForArticle(articleId));
    }

    [Theory]
    [InlineData("text/plain", "", HttpStatusCode.BadRequest, "empty")]
    [InlineData("text/plain", "\0\u0001binary\0", HttpStatusCode.BadRequest, "binary")]
    [InlineData("application/pdf", "%PDF-1.4", HttpStatusCode.UnsupportedMediaType, "content type")]
    public async Task Bad_input_gets_a_problem_description_and_nothing_is_stored(string contentType, string body, HttpStatusCode expected, string word)
    {
        var (status, _, text) = await pipeline.Api.Submit(body, contentType: contentType);
        Assert.Equal(expected, status);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Contains(word, problem.GetProperty("detail").GetString());
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await pipeline.Api.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Invalid_utf8_an_oversized_body_and_a_malformed_date_are_refused_and_nothing_is_stored()
    {
        using var invalid = new ByteArrayContent([0x50, 0x61, 0xC3, 0x28]);
        invalid.Headers.ContentType = new("text/plain");
        Assert.Equal(HttpStatusCode.BadRequest, (await pipeline.Api.PostAsync("/articles", invalid)).StatusCode);

        using var huge = new ByteArrayContent(Encoding.UTF8.GetBytes(new string('a', ArticleValidation.MaxBytes + 10)));
        huge.Headers.ContentType = new("text/plain");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await pipeline.Api.PostAsync("/articles", huge)).StatusCode);

        var story = Support.UniqueStory();
        var (status, _, body) = await pipeline.Api.Submit(story, published: "2011-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("published", body);

        var wouldBe = ArticleCleaner.ArticleId(ArticleCleaner.ContentHash(ArticleCleaner.Clean(new ValidArticle(story, "text/plain", null, null, null, null)).Body));
        await using var session = pipeline.Store.QuerySession();
        Assert.Null(await session.Events.FetchStreamStateAsync(wouldBe));
    }

    [Fact]
    public async Task NodaTime_values_survive_the_round_trip_through_MassTransit_and_Marten_unchanged()
    {
        var submitted = Instant.FromUtc(2012, 2, 29, 23, 59, 59).PlusNanoseconds(123_456_700);
        var document = new CleanDocument("Leap", new LocalDate(2012, 2, 29), PublishedBasis.Given, new Dateline("KABUL", "KABUL, Feb 29", 2, 29, null), "Body text.");
        var reported = new ReportedEvent("Leap-day test event", "CONSULT", null, "046",
            [new EventActor(ActorRole.Source, "AFG", "Afghanistan"), new EventActor(ActorRole.Target, "PAK", "Pakistan")], null,
            new EventDate(new LocalDate(1999, 12, 31), new LocalDate(2000, 2, 29), Precision.Quarter, DateBasis.Text, "winter"),
            Modality.Actual, null, new Evidence("Body text.", 0, 10));
        var articleId = Guid.NewGuid();
        await pipeline.Bus.Publish(new EventsExtracted(articleId, document, new ArticleSource(null, null), [reported], "test", submitted));
        var entryId = Assert.Single(await pipeline.Api.WaitForArticle(articleId));

        await using var session = pipeline.Store.QuerySession();
        var recorded = (await session.Events.FetchStreamAsync(articleId)).Select(e => e.Data).OfType<ArticleRecorded>().Single();
        Assert.Equal(submitted, recorded.SubmittedAt);
        Assert.Equal(document, recorded.Document);
        var entry = await session.LoadAsync<TimelineEntry>(entryId);
        Assert.Equal(reported.Date, entry!.Date);

        // LINQ over LocalDate members: a whole-date comparison finds it, one day off does not.
        var hits = await session.Query<TimelineEntry>().Where(e => e.DateStart == new LocalDate(1999, 12, 31) && e.DateEnd >= new LocalDate(2000, 2, 29)).ToListAsync();
        Assert.Contains(hits, e => e.Id == entryId);
        var misses = await session.Query<TimelineEntry>().Where(e => e.DateStart == new LocalDate(1999, 12, 30)).ToListAsync();
        Assert.DoesNotContain(misses, e => e.Id == entryId);
    }
}
