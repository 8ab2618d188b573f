using NodaTime;

namespace Timeline.Contracts;

/// <summary>An article's story without its page chrome; every character offset downstream refers to <see cref="Body"/>.</summary>
public sealed record CleanDocument(
    string? Title,
    LocalDate? Published,
    PublishedBasis PublishedBasis,
    Dateline? Dateline,
    string Body);

/// <summary>Where the publication date came from.</summary>
public enum PublishedBasis
{
    Given,
    Dateline,
    Metadata,
    Inferred,
    Unknown,
}

/// <summary>A wire dateline such as "WASHINGTON, May 31"; month and day only when the dateline carries them.</summary>
public sealed record Dateline(string Place, string Text, int? Month, int? Day, int? Year);
