using NodaTime;
using Timeline.Contracts;

namespace Timeline.Store.Articles;

/// <summary>An article was read: its clean text and where it came from. Its stream id derives from its content hash.</summary>
public sealed record ArticleRecorded(
    Guid ArticleId,
    string ContentHash,
    CleanDocument Document,
    ArticleSource Source,
    Instant SubmittedAt);

/// <summary>The events extracted from an article were put on the timeline (as new entries or as corroboration).</summary>
public sealed record ArticleEventsRecorded(Guid ArticleId, string ExtractorVersion, IReadOnlyList<Guid> EntryIds);

/// <summary>
/// The article was read again by a newer pipeline and only the differences were recorded: reports added to entries,
/// revised in place, or withdrawn. <see cref="EntryIds"/> is the article's entries after it.
/// </summary>
public sealed record ArticleReprocessed(Guid ArticleId, string ExtractorVersion, IReadOnlyList<Guid> EntryIds, int Added, int Revised, int Withdrawn);
