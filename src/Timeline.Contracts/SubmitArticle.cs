using NodaTime;

namespace Timeline.Contracts;

/// <summary>Ingest this article (plain text or HTML) into the timeline.</summary>
public sealed record SubmitArticle(
    Guid ArticleId,
    string Content,
    string ContentType,
    string? Title,
    ArticleSource Source,
    LocalDate? Published,
    Instant SubmittedAt);
