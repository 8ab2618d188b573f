using MassTransit;
using Timeline.Contracts;
using Timeline.Core.Dates;
using Timeline.Hosting;

namespace Timeline.Normalisation;

/// <summary>Finds and resolves an ingested article's temporal expressions.</summary>
public sealed class ArticleIngestedConsumer(ILogger<ArticleIngestedConsumer> logger) : IConsumer<ArticleIngested>
{
    public async Task Consume(ConsumeContext<ArticleIngested> context)
    {
        var message = context.Message;
        if (message.Document?.Body is not { Length: > 0 } body)
        {
            throw new InvalidMessageException($"article {message.ArticleId} has no body to date");
        }

        var timexes = TemporalTagger.Tag(body, message.Document.Published);
        logger.LogInformation("Dated article {ArticleId}: {Count} temporal expressions", message.ArticleId, timexes.Count);
        await context.Publish(new ArticleDated(message.ArticleId, message.Document, message.Source, timexes, message.SubmittedAt));
    }
}
