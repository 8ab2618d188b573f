using JasperFx.Events;
using Timeline.Contracts;
using Timeline.Core.Events;
using Timeline.Store.Entries;

namespace Timeline.Store.Publishing;

/// <summary>The public new-event messages: one per stored entry event, on the "timeline.events" topic exchange.</summary>
public static class EntryMessages
{
    public const string Exchange = "timeline.events";

    /// <summary>The message for a stored entry event, or null for events that are not published.</summary>
    public static TimelineEntryPublished? For(IEvent stored, TimelineEntry entry)
    {
        var (kind, articleId) = stored.Data switch
        {
            EntryRecorded r => ("recorded", r.Report.ArticleId),
            ReportAttached a => ("corroborated", a.Report.ArticleId),
            EntryDateRefined d => ("refined", d.ArticleId),
            EntryDateContested c => ("contested", c.ArticleId),
            EntryCorrected => ("corrected", (Guid?)null),
            EntryRetracted => ("retracted", null),
            EntryMerged => ("merged", null),
            EntryAbsorbed => ("absorbed", null),
            EntrySplit => ("split", null),
            ReportRevised r => ("revised", r.Report.ArticleId),
            ReportWithdrawn w => ("withdrawn", w.ArticleId),
            EntrySplitOff => ("split-off", null),
            _ => (null, null),
        };
        if (kind is null)
        {
            return null;
        }

        // The stored event's id is unique and never changes: a redelivered or replayed message carries the same id.
        return new TimelineEntryPublished(stored.Id, kind, stored.Sequence, entry.Id, articleId, entry.Summary, entry.Plover, entry.Cameo,
            entry.Actors, entry.Location, entry.Date, entry.Reports.Count > 0 ? entry.Reports[0].Modality : Modality.Actual, entry.SourceCount,
            NodaTime.Instant.FromDateTimeOffset(stored.Timestamp));
    }

    /// <summary>The stored events that become new-event messages: the subscription reads these, and only these.</summary>
    public static readonly IReadOnlyList<Type> Published =
    [
        typeof(EntryRecorded), typeof(ReportAttached), typeof(EntryDateRefined), typeof(EntryDateContested), typeof(EntryCorrected),
        typeof(EntryRetracted), typeof(EntryMerged), typeof(EntryAbsorbed), typeof(EntrySplit), typeof(EntrySplitOff),
        typeof(ReportRevised), typeof(ReportWithdrawn),
    ];

    public static bool IsPublished(object data) => Published.Contains(data.GetType());

    /// <summary>entry.{kind}.{PLOVER}.{source}.{target}: country codes (or IGO codes), "none" when a side is missing.</summary>
    public static string RoutingKey(TimelineEntryPublished message)
    {
        string Side(ActorRole role) => message.Actors.FirstOrDefault(a => a.Role == role) is { } actor ? ActorCodes.Side(actor.Code) : "none";
        return $"entry.{message.Kind}.{message.Plover}.{Side(ActorRole.Source)}.{Side(ActorRole.Target)}";
    }
}
