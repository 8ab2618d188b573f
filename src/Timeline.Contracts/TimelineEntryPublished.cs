using NodaTime;

namespace Timeline.Contracts;

/// <summary>
/// The public new-event message on the "timeline.events" topic exchange, one per stored timeline event.
/// MessageId is the stored event's id, so a consumer can drop redeliveries; ArticleId is the article whose report
/// this event records (null for an analyst's correction, retraction or merge). Kind: recorded, corroborated, refined,
/// contested, corrected, retracted, merged, absorbed.
/// </summary>
public sealed record TimelineEntryPublished(
    Guid MessageId,
    string Kind,
    long Sequence,
    Guid EntryId,
    Guid? ArticleId,
    string Summary,
    string Plover,
    string Cameo,
    IReadOnlyList<EventActor> Actors,
    Place? Location,
    EventDate Date,
    Modality Modality,
    int SourceCount,
    Instant RecordedAt);
