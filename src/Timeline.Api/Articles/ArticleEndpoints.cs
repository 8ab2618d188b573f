using System.Text.Json;
using Marten;
using MassTransit;
using NodaTime;
using Timeline.Contracts;
using Timeline.Core;
using Timeline.Core.Articles;
using Timeline.Store.Articles;

namespace Timeline.Api.Articles;

/// <summary>The JSON form of a submission; the raw form is the article itself as text/plain or text/html.</summary>
public sealed record ArticleSubmission(string? Content, string? ContentType, string? Title, string? Source, string? Url, string? Published);

public sealed record SubmissionAccepted(Guid ArticleId, string Status, string Detail);

public static class ArticleEndpoints
{
    public static void MapArticles(this WebApplication app)
    {
        app.MapPost("/articles", Submit).WithName("SubmitArticle").DisableAntiforgery()
            .WithSummary("Submit an article (text/plain, text/html, or JSON with content); 202 with its id. Needs the API key.");
        app.MapGet("/articles/{id:guid}", Get).WithName("GetArticle");
    }

    private static async Task<IResult> Submit(HttpRequest request, IQuerySession session, IPublishEndpoint publish, IClock clock, CancellationToken ct)
    {
        var bytes = await ReadBody(request, ct);
        if (bytes is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "content", $"The body is over the {ArticleValidation.MaxBytes:N0}-byte (5 MB) limit.");
        }

        var mediaType = (request.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        ArticleInput input;
        if (mediaType == "application/json")
        {
            ArticleSubmission? submission;
            try
            {
                submission = JsonSerializer.Deserialize<ArticleSubmission>(bytes, TimelineJson.Options);
            }
            catch (JsonException e)
            {
                return Problem(StatusCodes.Status400BadRequest, "body", $"The JSON body could not be read: {e.Message}");
            }

            if (submission is null)
            {
                return Problem(StatusCodes.Status400BadRequest, "body", "The JSON body is empty.");
            }

            input = new ArticleInput(System.Text.Encoding.UTF8.GetBytes(submission.Content ?? ""), submission.ContentType ?? "text/plain",
                submission.Title, submission.Source, submission.Url, submission.Published);
        }
        else
        {
            var q = request.Query;
            input = new ArticleInput(bytes, mediaType, q["title"], q["source"], q["url"], q["published"]);
        }

        var (article, problem) = ArticleValidation.Validate(input);
        if (article is null)
        {
            var status = problem!.Field == "contentType" ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status400BadRequest;
            return Problem(status, problem.Field, problem.Detail);
        }

        var document = ArticleCleaner.Clean(article);
        var articleId = ArticleCleaner.ArticleId(ArticleCleaner.ContentHash(document.Body));
        if (await session.Events.FetchStreamStateAsync(articleId, ct) is not null)
        {
            return Results.Ok(new SubmissionAccepted(articleId, "duplicate", "The same article is already on the timeline."));
        }

        await publish.Publish(new SubmitArticle(articleId, article.Text, article.ContentType, article.Title,
            new ArticleSource(article.SourceName, article.Url), article.Published, clock.GetCurrentInstant()), ct);
        return Results.Accepted($"/articles/{articleId}", new SubmissionAccepted(articleId, "accepted", "The article is being processed."));
    }

    private static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var recorded = events.Select(e => e.Data).OfType<ArticleRecorded>().FirstOrDefault();
        if (recorded is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article",
                detail: "The article is not recorded (yet): it may still be in the pipeline.");
        }

        var entries = events.Select(e => e.Data).OfType<ArticleEventsRecorded>().FirstOrDefault();
        return Results.Ok(new { recorded.ArticleId, recorded.Document, recorded.Source, recorded.SubmittedAt, entryIds = entries?.EntryIds ?? [] });
    }

    /// <summary>The body, or null when it is over the limit (read no further than one byte past it).</summary>
    private static async Task<byte[]?> ReadBody(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > ArticleValidation.MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > ArticleValidation.MaxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static IResult Problem(int status, string field, string detail) =>
        Results.Problem(statusCode: status, title: "The article was refused", detail: detail,
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
