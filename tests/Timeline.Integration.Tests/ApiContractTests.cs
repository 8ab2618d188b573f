using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Timeline.Integration.Tests;

public sealed class ApiContractTests(PipelineFixture pipeline)
{
    [Fact]
    public async Task Writes_need_the_API_key_and_reads_do_not()
    {
        using var anonymous = new HttpClient { BaseAddress = pipeline.ApiAddress };
        var story = Support.UniqueStory();
        var without = await anonymous.PostAsync("/articles?published=2011-11-28", new StringContent(story));
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal("application/problem+json", without.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", (await without.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/timeline/00000000-0000-0000-0000-000000000001/retraction")
        {
            Content = JsonContent.Create(new { reason = "test" }),
        };
        wrong.Headers.Add("X-Api-Key", "not-the-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(wrong)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/timeline?pageSize=1")).StatusCode);
        // The refused article never entered the pipeline: with the key, the same text is new, not a duplicate.
        var (status, _, body) = await pipeline.Api.Submit(story);
        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Contains("accepted", body);
    }

    [Fact]
    public async Task An_entry_answers_304_to_its_ETag_until_it_changes()
    {
        var (_, articleId, _) = await pipeline.Api.Submit(Support.UniqueStory());
        var entryId = (await pipeline.Api.WaitForArticle(articleId))[0];
        var first = await pipeline.Api.GetAsync($"/timeline/{entryId}");
        var etag = first.Headers.ETag!;

        Assert.Equal(HttpStatusCode.NotModified, (await Get($"/timeline/{entryId}", etag)).StatusCode);

        var corrected = await pipeline.Api.PostAsJsonAsync($"/timeline/{entryId}/corrections",
            new { field = "summary", value = "Pakistan closed the Torkham crossing to NATO convoys", reason = "shorter", by = "test" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var after = await Get($"/timeline/{entryId}", etag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);

        var page = await pipeline.Api.GetAsync("/timeline?pageSize=5");
        Assert.Equal(HttpStatusCode.NotModified, (await Get("/timeline?pageSize=5", page.Headers.ETag!)).StatusCode);
    }

    [Fact]
    public async Task Cursor_pages_cover_the_timeline_once_and_in_order()
    {
        for (var i = 0; i < 3; i++)
        {
            var (_, articleId, _) = await pipeline.Api.Submit(Support.UniqueStory(), published: $"{1995 + i}-11-28");
            await pipeline.Api.WaitForArticle(articleId);
        }

        var whole = await pipeline.Api.GetFromJsonAsync<JsonElement>("/timeline?pageSize=500&withdrawn=true&total=true");
        var expected = Ids(whole);
        Assert.True(expected.Count >= 3);
        Assert.Equal(expected.Count, whole.GetProperty("total").GetInt32());

        var paged = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline?pageSize=2&withdrawn=true{(cursor is null ? "" : $"&cursor={cursor}")}");
            paged.AddRange(Ids(page));
            cursor = page.GetProperty("next").ValueKind == JsonValueKind.String ? page.GetProperty("next").GetString() : null;
            pages++;
        }
        while (cursor is not null && pages < 1000);

        Assert.Equal(expected, paged);
        var bad = await pipeline.Api.GetAsync("/timeline?cursor=not-a-cursor");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("Bad cursor", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Exports_give_the_filtered_timeline_in_each_format()
    {
        var (_, articleId, _) = await pipeline.Api.Submit(Support.UniqueStory());
        await pipeline.Api.WaitForArticle(articleId);
        var count = Ids(await pipeline.Api.GetFromJsonAsync<JsonElement>("/timeline?actor=PAK&pageSize=500")).Count;

        var csv = await pipeline.Api.GetAsync("/timeline/export/csv?actor=PAK");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("timeline.csv", csv.Content.Headers.ContentDisposition?.ToString());
        var csvText = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("entry_id,event_date,", csvText);

        var lines = (await pipeline.Api.GetStringAsync("/timeline/export/jsonl?actor=PAK")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("TIMELINE-", JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));

        using var tl = JsonDocument.Parse(await pipeline.Api.GetStringAsync("/timeline/export/timelinejs?actor=PAK"));
        Assert.True(tl.RootElement.GetProperty("events").GetArrayLength() is var n && n > 0 && n <= count);

        var unknown = await pipeline.Api.GetAsync("/timeline/export/xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_endpoints_and_dates_as_strings()
    {
        using var doc = JsonDocument.Parse(await pipeline.Api.GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/articles", paths);
        Assert.Contains("/timeline", paths);
        Assert.Contains("/timeline/{id}", paths);
        Assert.Contains("/timeline/export/{format}", paths);
        Assert.Contains("/timeline/{id}/corrections", paths);
        Assert.Contains("X-Api-Key", doc.RootElement.GetProperty("info").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Other_sites_get_no_CORS_grant()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/timeline");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var response = await pipeline.Api.SendAsync(preflight);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        var get = await pipeline.Api.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/timeline?pageSize=1") { Headers = { { "Origin", "https://elsewhere.example" } } });
        Assert.False(get.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_live_stream_sends_a_new_entry_as_a_server_sent_event()
    {
        using var client = new HttpClient { BaseAddress = pipeline.ApiAddress, Timeout = Timeout.InfiniteTimeSpan };
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var response = await client.GetAsync("/timeline/live", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token), Encoding.UTF8);
        Assert.Equal("event: ready", await NextEvent(reader, _ => true, cancel.Token));

        var (_, articleId, _) = await pipeline.Api.Submit(Support.UniqueStory(), published: "1991-11-28");
        var entryId = (await pipeline.Api.WaitForArticle(articleId))[0];
        var data = await NextEvent(reader, block => block.Contains(entryId.ToString()), cancel.Token);
        Assert.Contains("event: recorded", data);
        Assert.Contains("\"kind\":\"recorded\"", data);
    }

    /// <summary>The next server-sent event block (lines up to a blank line) that satisfies the test.</summary>
    private static async Task<string> NextEvent(StreamReader reader, Func<string, bool> wanted, CancellationToken ct)
    {
        var block = new StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length > 0)
            {
                block.AppendLine(line);
                continue;
            }

            var text = block.ToString();
            block.Clear();
            if (wanted(text))
            {
                return text.Split('\n')[0].Trim() == "event: ready" ? "event: ready" : text;
            }
        }

        throw new EndOfStreamException("the live stream ended");
    }

    private Task<HttpResponseMessage> Get(string path, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return pipeline.Api.SendAsync(request);
    }

    private static List<string> Ids(JsonElement page) =>
        page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
}
