using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Timeline.Contracts;
using Timeline.Core.Articles;
using Timeline.Extraction;
using Timeline.Ingestion;
using Timeline.Normalisation;
using Xunit;

namespace Timeline.Core.Tests;

/// <summary>Each consumer alone on MassTransit's in-memory harness; the real broker is in the integration tests.</summary>
public class ConsumerTests
{
    private static readonly Instant Submitted = Instant.FromUtc(2012, 5, 31, 12, 0);

    private static async Task<ITestHarness> Harness<TConsumer>() where TConsumer : class, IConsumer
    {
        var provider = new ServiceCollection()
            .AddLogging()
            .AddMassTransitTestHarness(x =>
            {
                x.AddConsumer<TConsumer>();
                x.UsingInMemory((context, cfg) =>
                {
                    cfg.ConfigureJsonSerializerOptions(TimelineJson.Configure);
                    cfg.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        return harness;
    }

    [Fact]
    public async Task The_ingestion_consumer_publishes_the_cleaned_article()
    {
        var harness = await Harness<SubmitArticleConsumer>();
        var id = Guid.NewGuid();
        await harness.Bus.Publish(new SubmitArticle(id, "ISLAMABAD, Nov 27 (Reuters) - Pakistan shut the NATO supply routes on Saturday.\n\nMost Read\nCricket\nBudget",
            "text/plain", null, new ArticleSource("Reuters", null), new LocalDate(2011, 11, 27), Submitted));

        Assert.True(await harness.Published.Any<ArticleIngested>(m => m.Context.Message.ArticleId == id));
        var ingested = harness.Published.Select<ArticleIngested>().Single(m => m.Context.Message.ArticleId == id).Context.Message;
        Assert.Equal("ISLAMABAD", ingested.Document.Dateline!.Place);
        Assert.DoesNotContain("Cricket", ingested.Document.Body);
        Assert.Equal(new LocalDate(2011, 11, 27), ingested.Document.Published);
        Assert.Equal(Submitted, ingested.SubmittedAt);
    }

    [Fact]
    public async Task The_ingestion_consumer_faults_an_empty_article_with_its_reason()
    {
        var harness = await Harness<SubmitArticleConsumer>();
        var id = Guid.NewGuid();
        await harness.Bus.Publish(new SubmitArticle(id, "  ", "text/plain", null, new ArticleSource(null, null), null, Submitted));

        Assert.True(await harness.Published.Any<Fault<SubmitArticle>>());
        var fault = harness.Published.Select<Fault<SubmitArticle>>().First().Context.Message;
        Assert.Contains("empty", fault.Exceptions[0].Message);
        Assert.False(await harness.Published.Any<ArticleIngested>(m => m.Context.Message.ArticleId == id));
    }

    [Fact]
    public async Task The_normalisation_consumer_resolves_dates_against_the_publication_date()
    {
        var harness = await Harness<ArticleIngestedConsumer>();
        var id = Guid.NewGuid();
        var doc = new CleanDocument(null, new LocalDate(2012, 5, 31), PublishedBasis.Given, null, "US aircraft killed 24 Pakistani soldiers in late November.");
        await harness.Bus.Publish(new ArticleIngested(id, "hash", doc, new ArticleSource(null, null), Submitted));

        Assert.True(await harness.Published.Any<ArticleDated>(m => m.Context.Message.ArticleId == id));
        var timex = Assert.Single(harness.Published.Select<ArticleDated>().Single().Context.Message.Timexes);
        Assert.Equal(new WorldDate(new LocalDate(2011, 11, 21), new LocalDate(2011, 11, 30), Precision.MonthPart), timex.Interval);
    }

    [Fact]
    public async Task The_extraction_consumer_publishes_the_events_with_the_extractor_version()
    {
        // The pipeline runs first: loading its tables must not count against the harness's inactivity timeout.
        var article = new ValidArticle("US aircraft killed 24 Pakistani soldiers in late November.", "text/plain", null, null, null, new LocalDate(2012, 5, 31));
        var result = Pipeline.Run(article);
        var harness = await Harness<ArticleDatedConsumer>();
        var id = Guid.NewGuid();
        await harness.Bus.Publish(new ArticleDated(id, result.Document, new ArticleSource(null, null), result.Timexes, Submitted));

        Assert.True(await harness.Published.Any<EventsExtracted>(m => m.Context.Message.ArticleId == id));
        var extracted = harness.Published.Select<EventsExtracted>().Single().Context.Message;
        Assert.Equal(Events.EventExtractor.Version, extracted.ExtractorVersion);
        Assert.Equal("ASSAULT", Assert.Single(extracted.Events).Plover);
    }
}
