using System.Security.Cryptography;
using System.Text;
using Marten;
using Timeline.Contracts;
using Timeline.Core.Articles;
using Timeline.Core.Dates;
using Timeline.Core.Events;
using Timeline.Store.Articles;
using Timeline.Store.Entries;

namespace Timeline.Store;

/// <summary>Appends what the pipeline found for one article, in one transaction: all of it or nothing.</summary>
public static class TimelineRecorder
{
    public enum Outcome { Recorded, AlreadyRecorded }

    public static async Task<Outcome> Record(IDocumentSession session, EventsExtracted message, CancellationToken ct)
    {
        var state = await session.Events.FetchStreamStateAsync(message.ArticleId, ct);
        if (state is not null)
        {
            return Outcome.AlreadyRecorded; // a redelivered message, or the same article submitted twice
        }

        message = await WithInferredPublication(session, message, ct);
        var hash = ArticleCleaner.ContentHash(message.Document.Body);
        var entryIds = new List<Guid>();
        for (var i = 0; i < message.Events.Count; i++)
        {
            var report = new SourceReport(message.ArticleId, message.Source.Name, message.Source.Url, message.Document.Published,
                message.Events[i].Date, message.Events[i].Modality, message.Events[i].Attribution, message.Events[i].Evidence, message.ExtractorVersion, message.Events[i].Retold);
            entryIds.Add(await Attach(session, message.Events[i], report, EntryId(message.ArticleId, i), entryIds, ct));
        }

        session.Events.StartStream(message.ArticleId,
            new ArticleRecorded(message.ArticleId, hash, message.Document, message.Source, message.SubmittedAt),
            new ArticleEventsRecorded(message.ArticleId, message.ExtractorVersion, entryIds));
        await session.SaveChangesAsync(ct);
        return Outcome.Recorded;
    }

    /// <summary>
    /// Puts one report on the timeline: attached to the entry of the same real event when there is one (not one this
    /// article already reports on in this transaction: the extractor merged its repeats), else a new entry.
    /// </summary>
    public static async Task<Guid> Attach(IDocumentSession session, ReportedEvent reported, SourceReport report, Guid newEntryId,
        IReadOnlyCollection<Guid> alreadyReported, CancellationToken ct)
    {
        var candidates = (await Candidates(session, reported, ct)).Where(c => !alreadyReported.Contains(c.Id)).ToList();
        var match = EntryDecisions.FindMatch(candidates, report.ArticleId, reported);
        var decided = EntryDecisions.Record(match, newEntryId, reported, report);
        if (decided[0] is EntryRecorded recorded)
        {
            session.Events.StartStream<TimelineEntry>(recorded.EntryId, decided.ToArray());
            return recorded.EntryId;
        }

        session.Events.Append(match!.Id, decided.ToArray());
        return match.Id;
    }

    /// <summary>
    /// An article without a publication year whose events are already on the timeline takes its year from them (basis
    /// "inferred"), and its dates are resolved again against that day with the same cores the services run.
    /// </summary>
    private static async Task<EventsExtracted> WithInferredPublication(IDocumentSession session, EventsExtracted message, CancellationToken ct)
    {
        if (message.Document is not { Published: null, Dateline: { Month: { } month, Day: { } day } })
        {
            return message;
        }

        var starts = new List<NodaTime.LocalDate>();
        foreach (var type in message.Events.Select(e => e.Plover).Distinct())
        {
            var entries = await session.Query<TimelineEntry>().Where(e => e.Plover == type && e.Status == EntryStatus.Active).Take(500).ToListAsync(ct);
            starts.AddRange(message.Events.Where(e => e.Plover == type)
                .SelectMany(e => entries.Where(entry => EntryDecisions.SameEventUndated(entry, e)))
                .Select(entry => entry.DateStart).OfType<NodaTime.LocalDate>());
        }

        if (EntryDecisions.InferPublication(starts, month, day) is not { } published)
        {
            return message;
        }

        var document = message.Document with { Published = published, PublishedBasis = PublishedBasis.Inferred };
        var timexes = TemporalTagger.Tag(document.Body, published);
        return message with { Document = document, Events = EventExtractor.Extract(document, timexes) };
    }

    private static async Task<IReadOnlyList<TimelineEntry>> Candidates(IQuerySession session, ReportedEvent reported, CancellationToken ct)
    {
        if (reported.Date.Start is not { } start || reported.Date.End is not { } end)
        {
            return [];
        }

        return await session.Query<TimelineEntry>()
            .Where(e => e.Plover == reported.Plover && e.SpanStart <= end && e.SpanEnd >= start)
            .Take(200)
            .ToListAsync(ct);
    }

    /// <summary>The entry id a report would start: the same article and event index always give the same id.</summary>
    public static Guid EntryId(Guid articleId, int index) => NameBased($"timeline-entry/{articleId:N}/{index}");

    /// <summary>The entry id a report found on reprocessing would start: stable for the same article, extractor and event.</summary>
    public static Guid EntryId(Guid articleId, string extractorVersion, int index) => NameBased($"timeline-entry/{articleId:N}/{extractorVersion}/{index}");

    private static Guid NameBased(string name)
    {
        var bytes = MD5.HashData(Encoding.UTF8.GetBytes(name));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x30); // a name-based (version 3) UUID
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
