using MassTransit;
using Timeline.Contracts;
using Timeline.Core.Events;
using Timeline.Hosting;

namespace Timeline.Extraction;

/// <summary>Extracts the events a dated article reports.</summary>
public sealed class ArticleDatedConsumer(ILogger<ArticleDatedConsumer> logger) : IConsumer<ArticleDated>
{
    public async Task Consume(ConsumeContext<ArticleDated> context)
    {
        var message = context.Message;
        if (message.Document?.Body is not { Length: > 0 })
        {
            throw new InvalidMessageException($"article {message.ArticleId} has no body to read events from");
        }

        var events = EventExtractor.Extract(message.Document, message.Timexes ?? []);
        logger.LogInformation("Extracted {Count} events from article {ArticleId}", events.Count, message.ArticleId);
        await context.Publish(new EventsExtracted(message.ArticleId, message.Document, message.Source, events, EventExtractor.Version, message.SubmittedAt));
    }
}
