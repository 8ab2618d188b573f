using NodaTime;

namespace Timeline.Contracts;

/// <summary>An article's temporal expressions were found and resolved.</summary>
public sealed record ArticleDated(
    Guid ArticleId,
    CleanDocument Document,
    ArticleSource Source,
    IReadOnlyList<Timex> Timexes,
    Instant SubmittedAt);
