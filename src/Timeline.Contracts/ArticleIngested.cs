using NodaTime;

namespace Timeline.Contracts;

/// <summary>An article was cleaned of its page chrome and accepted.</summary>
public sealed record ArticleIngested(
    Guid ArticleId,
    string ContentHash,
    CleanDocument Document,
    ArticleSource Source,
    Instant SubmittedAt);
