using MassTransit;
using Marten;
using Timeline.Contracts;
using Timeline.Store;

namespace Timeline.Api;

/// <summary>Records an article's extracted events on the timeline; a redelivery finds the article already there and stops.</summary>
public sealed class EventsExtractedConsumer(IDocumentSession session, ILogger<EventsExtractedConsumer> logger) : IConsumer<EventsExtracted>
{
    public async Task Consume(ConsumeContext<EventsExtracted> context)
    {
        var outcome = await TimelineRecorder.Record(session, context.Message, context.CancellationToken);
        logger.LogInformation("Article {ArticleId}: {Outcome} ({Count} events)", context.Message.ArticleId, outcome, context.Message.Events.Count);
    }
}
