using NodaTime;

namespace Timeline.Contracts;

/// <summary>
/// One event of international relations as one article reports it. <see cref="Retold"/>: the article's other sentences
/// that tell the same event (a lead and its detail), kept so that every sentence stays evidence.
/// </summary>
public sealed record ReportedEvent(
    string Summary,
    string Plover,
    string? Mode,
    string Cameo,
    IReadOnlyList<EventActor> Actors,
    Place? Location,
    EventDate Date,
    Modality Modality,
    string? Attribution,
    Evidence Evidence,
    IReadOnlyList<Evidence>? Retold = null);

public sealed record EventActor(ActorRole Role, string Code, string Name);

public enum ActorRole
{
    Source,
    Target,
    Other,
}

public sealed record Place(string Name, string Country, double Lat, double Lon);

/// <summary>The world date of an event and how it was found; Start/End are null only when the text cannot date it.</summary>
public sealed record EventDate(LocalDate? Start, LocalDate? End, Precision Precision, DateBasis Basis, string? Expression);

public enum DateBasis
{
    Text,
    Relation,
    Publication,
    Inferred,
    Unknown,
}

public enum Modality
{
    Actual,
    Planned,
    Claimed,
    Denied,
    Negated,
    Hypothetical,
}

/// <summary>The sentence an event was read from, with its character offsets in the clean body.</summary>
public sealed record Evidence(string Sentence, int Start, int End);
