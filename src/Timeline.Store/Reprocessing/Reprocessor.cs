using Marten;
using Timeline.Contracts;
using Timeline.Store.Articles;
using Timeline.Store.Entries;

namespace Timeline.Store.Reprocessing;

/// <summary>What reading one stored article again changed; all zero when the current pipeline agrees with the stored one.</summary>
public sealed record ArticleChanges(Guid ArticleId, int Added, int Revised, int Withdrawn)
{
    public bool Any => Added + Revised + Withdrawn > 0;
}

/// <summary>
/// Runs stored articles through the current cores (a better extractor) and records only the differences: a report the
/// extractor now finds is put on the timeline as usual (attached to the entry of the same event, or a new entry); a
/// report whose date, modality or attribution changed is revised in place; a report no longer found is withdrawn. A
/// second run with the same cores finds nothing to do. Reports are paired by their evidence (the sentence's offsets)
/// and type (any type when an analyst retyped the entry), so an analyst's corrections to an entry are never undone.
/// </summary>
public static class Reprocessor
{
    public static async Task<ArticleChanges> Reprocess(IDocumentSession session, Guid articleId, Func<CleanDocument, IReadOnlyList<ReportedEvent>> extract,
        string extractorVersion, CancellationToken ct)
    {
        var stream = await session.Events.FetchStreamAsync(articleId, token: ct);
        var recorded = stream.Select(e => e.Data).OfType<ArticleRecorded>().FirstOrDefault()
            ?? throw new InvalidOperationException($"{articleId} is not a recorded article.");
        var entryIds = stream.Select(e => e.Data).Select(d => d switch
        {
            ArticleReprocessed r => r.EntryIds,
            ArticleEventsRecorded r => r.EntryIds,
            _ => null,
        }).OfType<IReadOnlyList<Guid>>().LastOrDefault() ?? [];

        var entries = (await session.LoadManyAsync<TimelineEntry>(ct, entryIds.Distinct())).ToList();
        var stored = entries
            .SelectMany(entry => entry.Reports.Where(r => r.ArticleId == articleId).Select(report => (Entry: entry, Report: report)))
            .ToList();
        var found = extract(recorded.Document);

        var (added, revised, withdrawn) = (0, 0, 0);
        var unpaired = stored.ToList();
        var reporting = new List<Guid>();
        for (var i = 0; i < found.Count; i++)
        {
            var reported = found[i];
            var pair = unpaired.FirstOrDefault(s => s.Report.Evidence == reported.Evidence && s.Entry.Plover == reported.Plover);
            if (pair.Entry is null)
            {
                // An analyst retyped the entry: the report still belongs to it.
                pair = unpaired.FirstOrDefault(s => s.Report.Evidence == reported.Evidence && s.Entry.CorrectedFields.Contains("plover"));
            }

            var report = new SourceReport(articleId, recorded.Source.Name, recorded.Source.Url, recorded.Document.Published,
                reported.Date, reported.Modality, reported.Attribution, reported.Evidence, extractorVersion, reported.Retold);
            if (pair.Entry is null)
            {
                reporting.Add(await TimelineRecorder.Attach(session, reported, report, TimelineRecorder.EntryId(articleId, extractorVersion, i),
                    [.. reporting, .. stored.Select(s => s.Entry.Id)], ct));
                added++;
                continue;
            }

            unpaired.Remove(pair);
            reporting.Add(pair.Entry.Id);
            if ((pair.Report.Date, pair.Report.Modality, pair.Report.Attribution) != (report.Date, report.Modality, report.Attribution))
            {
                session.Events.Append(pair.Entry.Id, new ReportRevised(pair.Entry.Id, report, $"reprocessed with {extractorVersion}"));
                revised++;
            }
        }

        foreach (var (entry, report) in unpaired)
        {
            session.Events.Append(entry.Id, new ReportWithdrawn(entry.Id, articleId, report.Evidence, extractorVersion,
                $"{extractorVersion} no longer finds this event in the article"));
            withdrawn++;
        }

        var changes = new ArticleChanges(articleId, added, revised, withdrawn);
        if (changes.Any)
        {
            session.Events.Append(articleId, new ArticleReprocessed(articleId, extractorVersion, reporting.Distinct().ToList(), added, revised, withdrawn));
            await session.SaveChangesAsync(ct);
        }

        return changes;
    }

    /// <summary>Every recorded article, oldest first.</summary>
    public static async Task<IReadOnlyList<Guid>> Articles(IQuerySession session, CancellationToken ct) =>
        await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName == "article_recorded").OrderBy(e => e.Sequence)
            .Select(e => e.StreamId).ToListAsync(ct);
}
