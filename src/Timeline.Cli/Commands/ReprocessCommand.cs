using Timeline.Contracts;
using Timeline.Core.Dates;
using Timeline.Core.Events;
using Timeline.Store;
using Timeline.Store.Reprocessing;

namespace Timeline.Cli.Commands;

/// <summary>
/// timeline reprocess [--article ID]: every stored article (or one) through this build's date and event cores; only the
/// differences are recorded (added, revised, withdrawn reports), one transaction per article.
/// </summary>
public static class ReprocessCommand
{
    public static async Task<int> Run(Args args)
    {
        var one = args.Option("article");
        args.RejectUnknown();
        Guid? only = one is null ? null : Guid.TryParse(one, out var g) ? g : throw new UsageException($"'{one}' is not an article id");

        await using var store = TimelineStore.Create(CliConfig.ConnectionString);
        IReadOnlyList<Guid> articles;
        await using (var query = store.QuerySession())
        {
            articles = only is { } id ? [id] : await Reprocessor.Articles(query, CancellationToken.None);
        }

        var (changed, added, revised, withdrawn) = (0, 0, 0, 0);
        for (var i = 0; i < articles.Count; i++)
        {
            await using var session = store.LightweightSession();
            var changes = await Reprocessor.Reprocess(session, articles[i], Extract, EventExtractor.Version, CancellationToken.None);
            if (changes.Any)
            {
                changed++;
                Console.WriteLine($"{changes.ArticleId}  +{changes.Added} ~{changes.Revised} -{changes.Withdrawn}");
            }

            (added, revised, withdrawn) = (added + changes.Added, revised + changes.Revised, withdrawn + changes.Withdrawn);
            Console.Error.Write($"\r{i + 1}/{articles.Count} articles read again…");
        }

        Console.Error.WriteLine();
        Console.WriteLine($"{articles.Count} articles read with {EventExtractor.Version}: {changed} changed; {added} reports added, {revised} revised, {withdrawn} withdrawn");
        return 0;
    }

    public static IReadOnlyList<ReportedEvent> Extract(CleanDocument document) =>
        EventExtractor.Extract(document, TemporalTagger.Tag(document.Body, document.Published));
}
