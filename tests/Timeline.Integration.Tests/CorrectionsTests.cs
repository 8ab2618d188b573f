using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Timeline.Integration.Tests;

public sealed class CorrectionsTests(PipelineFixture pipeline)
{
    private static int next = Random.Shared.Next(100, 90_000);

    /// <summary>
    /// Our own short stories about one clash; each test tells of another year, so no test's reports can corroborate
    /// another test's entries.
    /// </summary>
    private static (string Vague, string Precise, string Other) Stories(int year = 2011)
    {
        var n = Interlocked.Increment(ref next);
        return (
            $"SRINAGAR, Dec 20, {year} (Timeline Wire) - Indian troops fired on Pakistani posts along the Line of Control in early December, killing {n} soldiers, officials said.",
            $"MUZAFFARABAD, Dec 4 (Timeline Wire) - Indian troops fired on Pakistani posts along the Line of Control on Saturday, killing {n} soldiers.",
            $"MUZAFFARABAD, Dec 9 (Timeline Wire) - Indian troops fired on Pakistani posts along the Line of Control on Thursday, killing {n} soldiers.");
    }

    [Fact]
    public async Task A_more_precise_report_refines_the_date_and_a_conflicting_one_is_kept_as_an_alternative()
    {
        var (vague, precise, other) = Stories();
        var (_, first, _) = await pipeline.Api.Submit(vague, published: "2011-12-20", url: "https://example.org/vague");
        var entryId = Assert.Single(await pipeline.Api.WaitForArticle(first));
        var (_, second, _) = await pipeline.Api.Submit(precise, published: "2011-12-04", url: "https://example.org/precise");
        Assert.Equal(entryId, Assert.Single(await pipeline.Api.WaitForArticle(second)));

        var entry = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{entryId}");
        Assert.Equal("2011-12-03", entry.GetProperty("date").GetProperty("start").GetString());
        Assert.Equal("2011-12-03", entry.GetProperty("date").GetProperty("end").GetString());
        Assert.Equal(2, entry.GetProperty("sourceCount").GetInt32());

        // 8 December is outside the refined date, though inside "early December": kept beside it, not over it.
        var (_, third, _) = await pipeline.Api.Submit(other, published: "2011-12-09", url: "https://example.org/other");
        Assert.Equal(entryId, Assert.Single(await pipeline.Api.WaitForArticle(third)));
        entry = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{entryId}");
        var history = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{entryId}/history");
        var types = history.EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Contains("entry_date_refined", types);
        Assert.Contains("entry_date_contested", types);
        Assert.Equal("2011-12-03", entry.GetProperty("date").GetProperty("start").GetString());
        Assert.Equal("2011-12-08", entry.GetProperty("alternatives")[0].GetProperty("date").GetProperty("start").GetString());
    }

    [Fact]
    public async Task Corrections_need_a_reason_are_recorded_as_events_and_are_published()
    {
        await using var subscriber = await Subscriber.Start(pipeline.Rabbit);
        var (vague, _, _) = Stories(2008);
        var (_, articleId, _) = await pipeline.Api.Submit(vague.Replace("Line of Control", "Working Boundary"), published: "2008-12-20");
        var entryId = (await pipeline.Api.WaitForArticle(articleId))[0];

        var refused = await pipeline.Api.PostAsJsonAsync($"/timeline/{entryId}/corrections", new { field = "summary", value = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var badField = await pipeline.Api.PostAsJsonAsync($"/timeline/{entryId}/corrections", new { field = "actors", value = "x", reason = "r" });
        Assert.Equal(HttpStatusCode.BadRequest, badField.StatusCode);

        var response = await pipeline.Api.PostAsJsonAsync($"/timeline/{entryId}/corrections",
            new { field = "date", value = "2008-12-02..2008-12-03", reason = "the army's statement gives the night of 2-3 December", by = "desk" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2008-12-02", entry.GetProperty("date").GetProperty("start").GetString());

        var history = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{entryId}/history");
        var correction = history.EnumerateArray().Single(e => e.GetProperty("type").GetString() == "entry_corrected");
        Assert.Equal("desk", correction.GetProperty("data").GetProperty("by").GetString());
        await subscriber.WaitFor(m => m.Message.EntryId == entryId && m.Message.Kind == "corrected");
    }

    [Fact]
    public async Task A_retracted_entry_leaves_the_timeline_but_not_the_record_and_the_timeline_as_it_was_still_shows_it()
    {
        var (vague, _, _) = Stories(2009);
        var (_, articleId, _) = await pipeline.Api.Submit(vague.Replace("Line of Control", "Sialkot border"), published: "2009-12-20");
        var entryId = (await pipeline.Api.WaitForArticle(articleId))[0];
        var before = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
        await Task.Delay(50);

        Assert.Equal(HttpStatusCode.OK, (await pipeline.Api.PostAsJsonAsync($"/timeline/{entryId}/retraction", new { reason = "the story was withdrawn by its agency" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await pipeline.Api.PostAsJsonAsync($"/timeline/{entryId}/retraction", new { reason = "again" })).StatusCode);

        var now = await pipeline.Api.GetFromJsonAsync<JsonElement>("/timeline?actor=IND&pageSize=500");
        Assert.DoesNotContain(now.GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetGuid() == entryId);
        var withdrawn = await pipeline.Api.GetFromJsonAsync<JsonElement>("/timeline?actor=IND&pageSize=500&withdrawn=true");
        Assert.Contains(withdrawn.GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetGuid() == entryId && e.GetProperty("status").GetString() == "retracted");
        var then = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline?actor=IND&pageSize=500&asOf={before}");
        Assert.Contains(then.GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetGuid() == entryId);
    }

    [Fact]
    public async Task Merging_two_entries_moves_the_reports_and_keeps_both_histories()
    {
        var (vague, _, _) = Stories(2010);
        var (_, a, _) = await pipeline.Api.Submit(vague.Replace("Line of Control", "Chenab river"), published: "2010-12-20", url: "https://example.org/m1");
        var first = (await pipeline.Api.WaitForArticle(a))[0];
        var (_, b, _) = await pipeline.Api.Submit("KARACHI, Jan 30 (Timeline Wire) - Indian aircraft bombed Pakistani positions in late January, officials said.", published: "2011-01-30", url: "https://example.org/m2");
        var second = (await pipeline.Api.WaitForArticle(b))[0];
        Assert.NotEqual(first, second);

        var response = await pipeline.Api.PostAsJsonAsync($"/timeline/{second}/merge", new { into = first, reason = "the same clash, misdated by one outlet" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var into = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{first}");
        Assert.Contains(into.GetProperty("reports").EnumerateArray(), r => r.GetProperty("url").GetString() == "https://example.org/m2");
        var merged = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{second}");
        Assert.Equal("merged", merged.GetProperty("status").GetString());
        Assert.Equal(first, merged.GetProperty("mergedInto").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, (await pipeline.Api.PostAsJsonAsync($"/timeline/{first}/merge", new { into = first, reason = "r" })).StatusCode);
    }

    [Fact]
    public async Task Splitting_an_entry_moves_one_outlets_reports_to_a_new_entry_and_keeps_both_histories()
    {
        var n = Random.Shared.Next(100, 999);
        var story = $"PESHAWAR, Jan 12 (Timeline Wire) - Pakistan closed the Torkham border crossing to NATO supply convoys on Thursday, leaving {n} trucks stranded.";
        var (_, a, _) = await pipeline.Api.Submit(story, published: "1995-01-12", url: "https://example.org/s1");
        var entryId = (await pipeline.Api.WaitForArticle(a))[0];
        var (_, b, _) = await pipeline.Api.Submit(story.Replace("Timeline Wire", "Other Wire"), published: "1995-01-12", url: "https://example.org/s2");
        Assert.Equal(entryId, (await pipeline.Api.WaitForArticle(b))[0]);
        var before = NodaTime.SystemClock.Instance.GetCurrentInstant();

        var refused = await pipeline.Api.PostAsJsonAsync($"/timeline/{entryId}/split", new { articleIds = new[] { a, b }, reason = "two closures" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode); // every report would leave

        var response = await pipeline.Api.PostAsJsonAsync($"/timeline/{entryId}/split",
            new { articleIds = new[] { b }, summary = "Pakistan closed the Chaman crossing", reason = "the second outlet reports the other crossing", by = "test" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var newId = created.GetProperty("id").GetGuid();
        Assert.Equal(entryId, created.GetProperty("splitFrom").GetGuid());
        Assert.Equal("https://example.org/s2", Assert.Single(created.GetProperty("reports").EnumerateArray()).GetProperty("url").GetString());
        Assert.Equal("1995-01-12", created.GetProperty("date").GetProperty("start").GetString());

        var original = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{entryId}");
        Assert.Equal(1, original.GetProperty("sourceCount").GetInt32());
        var history = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{entryId}/history");
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("type").GetString() == "entry_split");
        var then = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline?asOf={NodaTime.Text.InstantPattern.ExtendedIso.Format(before)}&from=1995-01-01&to=1995-01-31");
        Assert.DoesNotContain(then.GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetGuid() == newId);
        var now = await pipeline.Api.GetFromJsonAsync<JsonElement>("/timeline?from=1995-01-01&to=1995-01-31");
        Assert.Contains(now.GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetGuid() == newId);
    }
}

public sealed class YearByCoreferenceTests(PipelineFixture pipeline)
{
    [Fact]
    public async Task An_article_without_a_year_takes_it_from_an_event_already_on_the_timeline()
    {
        var n = Random.Shared.Next(1000, 9999);
        var known = $"QUETTA, Oct. 15 (Timeline Wire) - Iranian border guards fired on Pakistani smugglers' trucks near Taftan on Friday, killing {n} drivers, Pakistani officials said.";
        var (_, first, _) = await pipeline.Api.Submit(known, published: "2010-10-15");
        var entryId = Assert.Single(await pipeline.Api.WaitForArticle(first));

        var undated = $"ISLAMABAD, March 3 (Timeline Wire) - Iranian border guards fired on Pakistani smugglers' trucks near Taftan in mid-October, killing {n} drivers, officials recalled as talks on border security opened last week.";
        var (_, second, _) = await pipeline.Api.Submit(undated, published: null);
        var entries = await pipeline.Api.WaitForArticle(second);

        var article = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/articles/{second}");
        Assert.Equal("2011-03-03", article.GetProperty("document").GetProperty("published").GetString());
        Assert.Equal("inferred", article.GetProperty("document").GetProperty("publishedBasis").GetString());
        Assert.Contains(entryId, entries);
    }
}

public sealed class NamedTimelineTests(PipelineFixture pipeline)
{
    [Fact]
    public async Task A_named_timeline_holds_the_events_between_its_parties_and_no_others()
    {
        var n = Random.Shared.Next(1000, 9999);
        var (_, usPak, _) = await pipeline.Api.Submit($"ISLAMABAD, Feb 2 (Timeline Wire) - Pakistan closed the Chaman border crossing to NATO supply convoys on Monday, stranding {n} trucks.", published: "2009-02-02");
        var (_, pakAfg, _) = await pipeline.Api.Submit($"KABUL, Feb 3 (Timeline Wire) - Afghan troops fired on Pakistani border posts on Tuesday, killing {n} soldiers, officials said.", published: "2009-02-03");
        var inside = (await pipeline.Api.WaitForArticle(usPak))[0];
        var outside = (await pipeline.Api.WaitForArticle(pakAfg))[0];

        var page = await pipeline.Api.GetFromJsonAsync<JsonElement>("/timeline?timeline=us-pakistan&from=2009-02-01&to=2009-02-05&pageSize=500");
        var ids = page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(inside, ids);
        Assert.DoesNotContain(outside, ids);
        Assert.Equal(HttpStatusCode.BadRequest, (await pipeline.Api.GetAsync("/timeline?timeline=atlantis")).StatusCode);
    }
}

public sealed class PageTests(PipelineFixture pipeline)
{
    [Fact]
    public async Task The_api_serves_the_timeline_page_and_its_script_which_writes_article_text_only_as_text()
    {
        var page = await pipeline.Api.GetStringAsync("/");
        Assert.Contains("<ol id=\"entries\">", page);
        var script = await pipeline.Api.GetStringAsync("/app.js");
        Assert.Contains("fetch(`/timeline?", script);
        Assert.DoesNotContain("innerHTML", script); // article text is untrusted: never parsed as markup
        Assert.DoesNotContain("http://", script.Replace("https://", ""));
    }
}
