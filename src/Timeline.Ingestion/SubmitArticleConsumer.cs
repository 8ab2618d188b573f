using System.Text;
using MassTransit;
using Timeline.Contracts;
using Timeline.Core.Articles;
using Timeline.Hosting;

namespace Timeline.Ingestion;

/// <summary>Cleans a submitted article and publishes it; input the core refuses goes to the error queue with the reason.</summary>
public sealed class SubmitArticleConsumer(ILogger<SubmitArticleConsumer> logger) : IConsumer<SubmitArticle>
{
    public async Task Consume(ConsumeContext<SubmitArticle> context)
    {
        var message = context.Message;
        var input = new ArticleInput(Encoding.UTF8.GetBytes(message.Content ?? ""), message.ContentType ?? "", message.Title,
            message.Source?.Name, message.Source?.Url, message.Published?.ToString("uuuu-MM-dd", null));
        var (article, problem) = ArticleValidation.Validate(input);
        if (article is null)
        {
            throw new InvalidMessageException($"article {message.ArticleId} refused: {problem!.Field}: {problem.Detail}");
        }

        var document = ArticleCleaner.Clean(article);
        var hash = ArticleCleaner.ContentHash(document.Body);
        logger.LogInformation("Ingested article {ArticleId} ({Chars} chars, published {Published} from {Basis})",
            message.ArticleId, document.Body.Length, document.Published, document.PublishedBasis);
        await context.Publish(new ArticleIngested(message.ArticleId, hash, document, message.Source ?? new ArticleSource(null, null), message.SubmittedAt));
    }
}
