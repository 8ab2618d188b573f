using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using Timeline.Contracts;

namespace Timeline.Core.Articles;

/// <summary>The ingestion core: raw article in, the story without page chrome out. No I/O.</summary>
public static partial class ArticleCleaner
{
    public static CleanDocument Clean(ValidArticle article)
    {
        var title = article.Title;
        LocalDate? metadataDate = null;
        var text = article.Text;
        if (article.ContentType == "text/html")
        {
            var page = HtmlText.Read(text);
            title ??= page.Title;
            metadataDate = page.Published;
            text = page.Text;
        }

        var (storyTitle, body) = Story(text);
        // "Islamabad, 1 December 2011" on a line of its own above a press release: where and when it was issued, not its title.
        var placeLine = storyTitle is not null ? PlaceDateLine().Match(storyTitle) : Match.Empty;
        title ??= placeLine.Success ? null : storyTitle;
        var dateline = FindDateline(body) ?? (placeLine.Success ? ToDateline(placeLine) : null);

        var (published, basis) = article.Published is { } given ? (given, PublishedBasis.Given)
            : metadataDate is { } meta ? (meta, PublishedBasis.Metadata)
            : DatelineDate(dateline) is { } fromDateline ? (fromDateline, PublishedBasis.Dateline)
            : ((LocalDate?)null, PublishedBasis.Unknown);

        return new CleanDocument(title, published, basis, dateline, body);
    }

    /// <summary>Same story text, same hash: whitespace differences do not make a new article.</summary>
    public static string ContentHash(string body)
    {
        var normalised = Whitespace().Replace(body, " ").Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    public static Guid ArticleId(string contentHash) => new(Convert.FromHexString(contentHash.AsSpan(0, 32)));

    /// <summary>Keeps the story: from the first real paragraph to the wire sign-off or the start of the page chrome.</summary>
    private static (string? Title, string Body) Story(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(l => Whitespace().Replace(l, " ").Trim())
            .Where(l => l.Length > 0)
            .ToList();

        var first = lines.FindIndex(IsStoryParagraph);
        if (first < 0)
        {
            return (null, string.Join("\n\n", lines));
        }

        // "May 30, 2012" or a byline between the headline and the story is not the headline.
        var titleAt = first - 1;
        while (titleAt > 0 && (DateOnly().IsMatch(lines[titleAt]) || Byline().IsMatch(lines[titleAt])))
        {
            titleAt--;
        }

        string? title = titleAt >= 0 ? lines[titleAt] : null;
        var story = new List<string>();
        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            var signOff = SignOff().Match(line);
            if (signOff.Success)
            {
                var kept = line[..signOff.Index].TrimEnd();
                if (kept.Length > 0)
                {
                    story.Add(kept);
                }

                break;
            }

            // "By a staff writer, Islamabad | May 31, 2012" under a standfirst: the story starts after the byline.
            if (story.Count <= 2 && Byline().IsMatch(line))
            {
                story.Clear();
                continue;
            }

            // "Copyright ...", "Related: ... | ...", "Follow us on Twitter": the page around the story begins.
            // Two short lines without sentence punctuation in a row: headlines of a sidebar, not the story.
            if (ChromeLine().IsMatch(line) || IsLabel(line) && i + 1 < lines.Count && IsLabel(lines[i + 1]))
            {
                break;
            }

            story.Add(line);
        }

        return (title, string.Join("\n\n", story));
    }

    private static bool IsStoryParagraph(string line) =>
        line.Split(' ').Length >= 8 && line.TrimEnd('"', '”', '’', '\'', ')') is var end && (end.EndsWith('.') || end.EndsWith(':')) // "Here are key events since then:"
        || Dateline().IsMatch(line)
        || TranscriptLabel().IsMatch(line) && line.Split(' ').Length >= 4; // "QUESTION: Has there been any movement ...?"

    // A transcript's turn: "Q:", "QUESTION:", "MS. NULAND:".
    [GeneratedRegex(@"^(?:Q|QUESTION|(?:MR|MS|MRS|DR)\.?\s+[A-Z][A-Z'’-]+)\s*:\s", RegexOptions.None, 10000)]
    private static partial Regex TranscriptLabel();

    private static bool IsLabel(string line) =>
        line.Split(' ').Length <= 8 && !SentenceEnd().IsMatch(line);

    private static Dateline? FindDateline(string body)
    {
        var m = Dateline().Match(body);
        if (!m.Success)
        {
            m = AgencyDateline().Match(body); // "Islamabad, Pakistan (CNN) --": a place in title case needs its outlet
        }

        if (!m.Success)
        {
            m = PlacelessDateline().Match(body); // "July 4 (Reuters) -": a factbox filed from no one place
        }

        if (!m.Success)
        {
            return null;
        }

        return ToDateline(m);
    }

    private static Dateline ToDateline(Match m)
    {
        int? month = m.Groups["month"].Success ? MonthNumber(m.Groups["month"].Value) : null;
        int? day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value) : null;
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value) : null;
        var place = m.Groups["place"].Value.Trim().TrimEnd(',');
        return new Dateline(place, m.Groups["text"].Value.Trim(), month, day, year);
    }

    private static LocalDate? DatelineDate(Dateline? dateline)
    {
        if (dateline is not { Year: { } y, Month: { } m, Day: { } d } || d > CalendarSystem.Iso.GetDaysInMonth(y, m))
        {
            return null;
        }

        return new LocalDate(y, m, d);
    }

    public static int MonthNumber(string name) =>
        Array.FindIndex(MonthPrefixes, p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) + 1;

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4})$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"^(?:©|\(c\)\s|copyright\b|all rights reserved|follow\b.{0,40}\bon (?:twitter|facebook|x)\b|related(?: coverage| stories| articles)?\s*:|also read\s*:|read more\s*:|most (?:read|popular|viewed)\s*:|more from\b|recommended\s*:|trending\s*:|click (?:here|for)\b|sign up\b|subscribe\b|advertisement$|(?:related(?: coverage| stories| articles| news)?|also read|read more|more stories|you may also like|recommended|most read|trending)\s*$)|^[^.!?]{0,80}(?:\s\|\s[^|]{1,80}){1,}$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ChromeLine();

    [GeneratedRegex(@"^(?:by\s[^.!?|:]{1,100}(?:\|[^|]{1,60})?|[^|.!?:]{1,60}\|\s*(?:(?:updated|published|posted)\s*:?\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b[^|]{0,30})$", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex Byline();

    [GeneratedRegex(@"[.!?:;""”’)]$")]
    private static partial Regex SentenceEnd();

    // "—Reuters", "(AP)", "– AFP", "Reporting by ..." closing the story.
    [GeneratedRegex(@"(?:\s*[—–-]{1,2}\s*(?:Reuters|AP|AFP|dpa|Xinhua|APP|PTI)\s*\.?$)|(?:\s*\((?:Reporting|Writing|Editing|Additional reporting) by\b[^)]*\)?\s*$)", RegexOptions.None, 10000)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^(?!(?:EDITORIAL|OPINION|COMMENT|ANALYSIS|EXPLAINER|FACTBOX|UPDATE|EXCLUSIVE|BREAKING|INTERVIEW|REVIEW|FEATURE|LETTERS?|QUESTION|ANSWER|(?:MR|MS|MRS|DR)\.?\s)\b)(?<text>(?<place>[A-Z][A-Z.'\-/ ]{2,40}(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)\s*(?:\([A-Z][A-Za-z .&'-]{1,30}\))?\s*(?:,\s*(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?)?\s*(?:\([A-Z][A-Za-z .&'-]{1,30}\))?)(?:\s*[:—–-]|(?<=\d\s*\([A-Z][A-Za-z .&'-]{1,30}\))\s+(?=[A-Z]))", RegexOptions.None, 10000)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?<text>(?<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)\s*\([A-Z][A-Za-z .&'-]{1,30}\))\s*[:—–-]", RegexOptions.None, 10000)]
    private static partial Regex AgencyDateline();

    [GeneratedRegex(@"^(?<text>(?<place>)(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?\s*\([A-Z][A-Za-z .&'-]{1,30}\))\s*[:—–-]", RegexOptions.None, 10000)]
    private static partial Regex PlacelessDateline();

    [GeneratedRegex(@"^(?<text>(?<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+(?:(?<day>\d{1,2})\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)|(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2}),?)\s+(?<year>\d{4}))\s*$", RegexOptions.None, 10000)]
    private static partial Regex PlaceDateLine();
}

/// <summary>Readable text of an HTML page: the article element if there is one, without scripts, navigation and asides.</summary>
internal static partial class HtmlText
{
    public sealed record Page(string? Title, LocalDate? Published, string Text);

    public static Page Read(string html)
    {
        var title = FirstGroup(OgTitle(), html) ?? FirstGroup(H1(), html) ?? FirstGroup(TitleTag(), html);
        LocalDate? published = null;
        var dateText = FirstGroup(MetaPublished(), html) ?? FirstGroup(TimeDatetime(), html);
        if (dateText is { Length: >= 10 } && LocalDatePattern.Iso.Parse(dateText[..10]) is { Success: true } parsed)
        {
            published = parsed.Value;
        }

        var main = FirstGroup(ArticleElement(), html) ?? FirstGroup(BodyElement(), html) ?? html;
        main = DroppedElements().Replace(main, " ");
        main = BlockTags().Replace(main, "\n");
        main = AnyTag().Replace(main, " ");
        return new Page(Decode(title), published, WebUtility.HtmlDecode(main));
    }

    private static string? Decode(string? text) =>
        text is null ? null : AnyTag().Replace(WebUtility.HtmlDecode(text), "").Trim() is { Length: > 0 } t ? t : null;

    private static string? FirstGroup(Regex regex, string html)
    {
        var m = regex.Match(html);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+property=[""']og:title[""'][^>]+content=[""']([^""']*)[""']", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex OgTitle();

    [GeneratedRegex(@"<h1[^>]*>(.*?)</h1>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 10000)]
    private static partial Regex H1();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 10000)]
    private static partial Regex TitleTag();

    [GeneratedRegex(@"<meta[^>]+(?:property|name|itemprop)=[""'](?:article:published_time|datePublished|date|pubdate)[""'][^>]+content=[""']([^""']*)[""']", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex MetaPublished();

    [GeneratedRegex(@"<time[^>]+datetime=[""']([^""']*)[""']", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex TimeDatetime();

    [GeneratedRegex(@"<article[^>]*>(.*?)</article>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 10000)]
    private static partial Regex ArticleElement();

    [GeneratedRegex(@"<body[^>]*>(.*?)</body>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 10000)]
    private static partial Regex BodyElement();

    [GeneratedRegex(@"<(script|style|noscript|nav|header|footer|aside|form|figure|svg|iframe|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline, 10000)]
    private static partial Regex DroppedElements();

    [GeneratedRegex(@"<\s*/?\s*(?:p|div|br|h[1-6]|li|ul|ol|tr|td|section|blockquote|pre|hr|table)\b[^>]*>", RegexOptions.IgnoreCase, 10000)]
    private static partial Regex BlockTags();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, 10000)]
    private static partial Regex AnyTag();
}
