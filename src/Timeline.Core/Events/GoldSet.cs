using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Timeline.Core.Articles;

namespace Timeline.Core.Events;

/// <summary>One article of an event gold set: its file (relative to the set), publication date and gold events.</summary>
public sealed record GoldArticle(string File, LocalDate? Published, IReadOnlyList<GoldEvent> Events);

/// <summary>The event gold set format of tests/gold/events.json, and its evaluation with the whole pipeline.</summary>
public static class GoldSet
{
    public static IReadOnlyList<GoldArticle> Parse(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("articles").EnumerateArray().Select(article => new GoldArticle(
            article.GetProperty("file").GetString()!,
            Date(article.GetProperty("published").GetString()),
            article.GetProperty("events").EnumerateArray().Select(e => new GoldEvent(
                e.GetProperty("evidence").GetString()!, e.GetProperty("plover").GetString()!, e.GetProperty("source").GetString()!,
                e.GetProperty("target").ValueKind == JsonValueKind.Null ? null : e.GetProperty("target").GetString(),
                Date(e.GetProperty("start").GetString())!.Value, Date(e.GetProperty("end").GetString())!.Value)).ToList())).ToList();

    /// <summary>Runs each article through clean-up, dates and extraction, and scores the events; <paramref name="readText"/> gives an article's text.</summary>
    public static EventScore Evaluate(IEnumerable<GoldArticle> articles, Func<string, string> readText) =>
        articles.Aggregate(EventScore.Empty, (total, article) =>
        {
            var contentType = article.File.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? "text/html" : "text/plain";
            var result = Pipeline.Run(new ValidArticle(readText(article.File), contentType, null, null, null, article.Published));
            return total + EventScoring.Score(Path.GetFileName(article.File), article.Events, result.Events);
        });

    private static LocalDate? Date(string? text) =>
        text is { Length: >= 10 } && LocalDatePattern.Iso.Parse(text[..10]) is { Success: true } p ? p.Value : null;
}
