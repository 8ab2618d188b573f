using NodaTime;

namespace Timeline.Contracts;

/// <summary>
/// The public new-event message on the "timeline.events" topic exchange, one per stored timeline event.
/// MessageId is derived from the event's sequence so a consumer can drop redeliveries.
/// </summary>
public sealed record TimelineEntryPublished(
    Guid MessageId,
    string Kind,
    long Sequence,
    Guid EntryId,
    string Summary,
    string Plover,
    string Cameo,
    IReadOnlyList<EventActor> Actors,
    Place? Location,
    EventDate Date,
    Modality Modality,
    int SourceCount,
    Instant RecordedAt);
