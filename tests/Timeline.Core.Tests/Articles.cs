using System.Text;
using NodaTime;
using Timeline.Contracts;
using Timeline.Core.Articles;
using Xunit;

namespace Timeline.Core.Tests;

public class ArticleValidationTests
{
    private static ArticleInput Text(string text, string contentType = "text/plain", string? published = null) =>
        new(Encoding.UTF8.GetBytes(text), contentType, null, null, null, published);

    [Theory]
    [InlineData("", "content", "empty")]
    [InlineData("   \n\t ", "content", "empty")]
    [InlineData("binary\0data", "content", "binary")]
    public void Refuses_empty_and_binary_text_with_a_reason(string text, string field, string word)
    {
        var (article, problem) = ArticleValidation.Validate(Text(text));
        Assert.Null(article);
        Assert.Equal(field, problem!.Field);
        Assert.Contains(word, problem.Detail);
    }

    [Fact]
    public void Refuses_invalid_utf8()
    {
        var (_, problem) = ArticleValidation.Validate(new ArticleInput([0x48, 0x69, 0xC3, 0x28, 0x21], "text/plain", null, null, null, null));
        Assert.Contains("UTF-8", problem!.Detail);
    }

    [Fact]
    public void Refuses_a_body_over_5_MB()
    {
        var (_, problem) = ArticleValidation.Validate(new ArticleInput(new byte[ArticleValidation.MaxBytes + 1], "text/plain", null, null, null, null));
        Assert.Contains("5 MB", problem!.Detail);
    }

    [Theory]
    [InlineData("application/pdf")]
    [InlineData("image/png")]
    [InlineData("")]
    public void Refuses_unknown_content_types(string contentType)
    {
        var (_, problem) = ArticleValidation.Validate(Text("Pakistan closed the routes.", contentType));
        Assert.Equal("contentType", problem!.Field);
    }

    [Theory]
    [InlineData("2012-02-30")]
    [InlineData("31/05/2012")]
    [InlineData("yesterday")]
    public void Refuses_a_malformed_publication_date(string published)
    {
        var (_, problem) = ArticleValidation.Validate(Text("Pakistan closed the routes.", published: published));
        Assert.Equal("published", problem!.Field);
    }

    [Fact]
    public void Accepts_html_with_a_charset_and_a_valid_date()
    {
        var (article, problem) = ArticleValidation.Validate(Text("<p>Hello</p>", "text/html; charset=utf-8", "2012-05-31"));
        Assert.Null(problem);
        Assert.Equal("text/html", article!.ContentType);
        Assert.Equal(new LocalDate(2012, 5, 31), article.Published);
    }
}

public class ArticleCleanerTests
{
    private static CleanDocument Clean(string text, string contentType = "text/plain", LocalDate? published = null) =>
        ArticleCleaner.Clean(new ValidArticle(text, contentType, null, null, null, published));

    [Fact]
    public void The_seed_keeps_its_story_and_drops_the_page_chrome()
    {
        var doc = Clean(File.ReadAllText(SharedData.SeedPath()));
        Assert.Equal("WASHINGTON", doc.Dateline!.Place);
        Assert.Equal((5, 31), (doc.Dateline.Month, doc.Dateline.Day));
        Assert.Null(doc.Dateline.Year);
        Assert.DoesNotContain("2024", doc.Body);
        Assert.DoesNotContain("Editorial", doc.Body);
        Assert.DoesNotContain("Reuters", doc.Body);
        Assert.EndsWith("through Pakistan.", doc.Body);
        Assert.Null(doc.Published);
        Assert.Equal(PublishedBasis.Unknown, doc.PublishedBasis);
    }

    [Fact]
    public void A_wire_story_ends_at_its_sign_off_and_the_sidebar_is_dropped()
    {
        var doc = Clean("""
            KABUL, March 3 (Reuters) - Afghan and Pakistani officials met in Kabul on Tuesday to discuss border security, a spokesman said.

            The talks ended without agreement. (Reporting by A. Writer)

            Most Read
            Cricket team loses again
            Budget passes the assembly
            """);
        Assert.Equal("KABUL", doc.Dateline!.Place);
        Assert.DoesNotContain("Cricket", doc.Body);
        Assert.DoesNotContain("Reporting by", doc.Body);
        Assert.Contains("The talks ended without agreement.", doc.Body);
    }

    [Fact]
    public void A_byline_under_a_standfirst_starts_the_story_instead_of_ending_it()
    {
        var doc = Clean("""
            US military quietly returns to Peshawar

            Two American officers are back at a coordination post in the northwest. But the talks remain stuck.

            By a staff writer, Islamabad, Pakistan | May 31, 2012

            Two US military officers have returned to Peshawar in the past few weeks, officials said.

            Also read
            India, Pakistan to hold commerce secretary talks next month
            """);
        Assert.StartsWith("Two US military officers", doc.Body);
        Assert.DoesNotContain("commerce secretary", doc.Body);
    }

    [Theory]
    [InlineData("Follow AFP on Twitter | Related: Afghan peace talks stall, 14 December 2024")]
    [InlineData("Copyright 2011 Thomson Reuters. Click for restrictions.")]
    [InlineData("ALSO READ: PML-N rally in Lahore | Budget 2012-13 likely on June 1")]
    [InlineData("Related coverage: Supreme Court disqualifies the prime minister (June 19)")]
    public void A_chrome_line_after_the_story_ends_it(string chrome)
    {
        var doc = Clean($"""
            ISLAMABAD, Dec 23 (AFP) - Pakistan's army on Friday rejected the findings of a US military investigation into the border deaths.

            An army spokesman said the report was short on facts.

            {chrome}
            The talks on the routes resumed after the summit, officials said in a long statement.
            """);
        Assert.Contains("short on facts.", doc.Body);
        Assert.DoesNotContain(chrome[..10], doc.Body);
        Assert.DoesNotContain("talks on the routes", doc.Body);
    }

    [Fact]
    public void An_html_page_yields_its_article_title_and_published_date_without_navigation_or_scripts()
    {
        var doc = Clean("""
            <html><head><title>Site | Story</title><meta property="article:published_time" content="2011-11-27T10:00:00Z"></head>
            <body><nav>Home World Sport</nav><article><h1>Pakistan shuts NATO routes</h1>
            <p>ISLAMABAD, Nov 27 (Reuters) - Pakistan shut the NATO supply routes on Saturday after the border strike.</p>
            <script>alert('x')</script><p>Officials said the closure would last &quot;as long as needed&quot;.</p></article>
            <aside>Related: cricket scores</aside></body></html>
            """, "text/html");
        Assert.Equal("Pakistan shuts NATO routes", doc.Title);
        Assert.Equal(new LocalDate(2011, 11, 27), doc.Published);
        Assert.Equal(PublishedBasis.Metadata, doc.PublishedBasis);
        Assert.DoesNotContain("alert", doc.Body);
        Assert.DoesNotContain("Home World Sport", doc.Body);
        Assert.DoesNotContain("cricket", doc.Body);
        Assert.Contains("\"as long as needed\"", doc.Body);
    }

    [Fact]
    public void A_dateline_with_a_year_dates_the_article()
    {
        var doc = Clean("PESHAWAR, Pakistan, Nov. 27, 2011 (AP) — Angry crowds protested in Peshawar on Sunday against the NATO strike.");
        Assert.Equal(new LocalDate(2011, 11, 27), doc.Published);
        Assert.Equal(PublishedBasis.Dateline, doc.PublishedBasis);
    }

    [Fact]
    public void The_same_story_with_different_spacing_has_the_same_hash_and_id()
    {
        var a = ArticleCleaner.ContentHash("Pakistan closed  the routes.\n\nTalks stalled.");
        var b = ArticleCleaner.ContentHash("Pakistan closed the routes. Talks stalled.");
        var c = ArticleCleaner.ContentHash("Pakistan reopened the routes.");
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(ArticleCleaner.ArticleId(a), ArticleCleaner.ArticleId(b));
    }

    [Fact]
    public void A_rubric_before_the_headline_is_no_dateline_and_a_date_line_is_not_the_headline()
    {
        var doc = Clean("""
            EDITORIAL: The long way back to Torkham

            July 5, 2012

            After seven months of brinkmanship, the government has finally given the green light to NATO trucks.

            It was not the apology that parliament had demanded in April, but it was enough.
            """);
        Assert.Null(doc.Dateline);
        Assert.Equal("EDITORIAL: The long way back to Torkham", doc.Title);
        Assert.StartsWith("After seven months", doc.Body, StringComparison.Ordinal);
        Assert.EndsWith("but it was enough.", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_ending_in_a_colon_starts_the_story()
    {
        var doc = Clean("""
            FACTBOX-Key moments in the U.S.-Pakistan rift

            (Reuters) - Pakistan reopened NATO supply routes into Afghanistan on Tuesday after the United States apologised. Here are key events since then:

            * Nov. 26, 2011 - NATO helicopters attack two Pakistani border posts.
            """);
        Assert.StartsWith("(Reuters) - Pakistan reopened", doc.Body, StringComparison.Ordinal);
    }
}
