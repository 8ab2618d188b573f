using Timeline.Contracts;
using Timeline.Core.Articles;
using Timeline.Core.Dates;
using Timeline.Core.Events;

namespace Timeline.Core;

/// <summary>What the three cores find in one article, in the shape `timeline extract` prints.</summary>
public sealed record Extraction(CleanDocument Document, IReadOnlyList<Timex> Timexes, IReadOnlyList<ReportedEvent> Events);

/// <summary>The whole pipeline in one process, without broker or database: clean, date, extract.</summary>
public static class Pipeline
{
    public static Extraction Run(ValidArticle article)
    {
        var document = ArticleCleaner.Clean(article);
        var timexes = TemporalTagger.Tag(document.Body, document.Published);
        var events = EventExtractor.Extract(document, timexes);
        return new Extraction(document, timexes, events);
    }
}
