using NodaTime;

namespace Timeline.Contracts;

/// <summary>The events an article reports were extracted (possibly none).</summary>
public sealed record EventsExtracted(
    Guid ArticleId,
    CleanDocument Document,
    ArticleSource Source,
    IReadOnlyList<ReportedEvent> Events,
    string ExtractorVersion,
    Instant SubmittedAt);
