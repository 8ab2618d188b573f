using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Timeline.Integration.Tests;

/// <summary>The page in a real browser: Debian's Chromium driven by playwright-core (tests/browser), as a person would use it.</summary>
public sealed class BrowserTests(PipelineFixture pipeline)
{
    private static readonly string Repo = Timeline.Cli.RepoPaths.Root();
    private static readonly string Shots = Path.Combine(Repo, "TestResults", "screenshots");

    [Fact]
    public async Task A_new_article_appears_live_filters_hide_it_and_its_markup_runs_nothing()
    {
        RequireBrowser();
        var story = "ISLAMABAD, Feb 9 (Timeline Wire) - Pakistan closed the Ghulam Khan border crossing to NATO supply convoys on Friday " +
            "<script>window.__timelineXss = true</script><img src=x onerror=\"window.__timelineXss = true\">, officials said, " +
            $"leaving {Random.Shared.Next(100, 999)} trucks stranded.";
        var (_, output) = await Node("page-check.mjs", ["live", pipeline.ApiAddress.ToString(), "Ghulam Khan", Shots],
            new() { ["STORY"] = story, ["PUBLISHED"] = "2007-02-09", ["API_KEY"] = pipeline.ApiKey });
        Assert.True(File.Exists(Path.Combine(Shots, "timeline.png")), output);
        Assert.True(File.Exists(Path.Combine(Shots, "entry-detail.png")), output);
    }

    [Fact]
    public async Task The_seed_storyline_appears_in_order_with_the_date_ranges_its_text_supports()
    {
        RequireBrowser();
        var seeds = Path.Combine(Repo, "..", "shared", "seeds");
        if (!Directory.Exists(seeds))
        {
            Assert.Skip("../shared/seeds is not beside the repository");
        }

        var text = await File.ReadAllTextAsync(Directory.GetFiles(seeds, "*.txt").Order().First());
        var (_, articleId, _) = await pipeline.Api.Submit(text, published: "2012-05-31", source: "Reuters");
        var entryIds = await pipeline.Api.WaitForArticle(articleId);

        // The seed's events by its own evidence: an entry may have been recorded from another article first, with that
        // article's summary, and the seed then corroborates it.
        var summaries = new Dictionary<string, string>();
        foreach (var id in entryIds)
        {
            var entry = await pipeline.Api.GetFromJsonAsync<JsonElement>($"/timeline/{id}");
            var evidence = entry.GetProperty("reports").EnumerateArray().Where(r => r.GetProperty("articleId").GetGuid() == articleId)
                .Select(r => r.GetProperty("evidence").GetProperty("sentence").GetString()!).ToList();
            foreach (var (key, word, plover) in new[] { ("strike", "killed 24", "ASSAULT"), ("closure", "supply routes", "COERCE"), ("officers", "Two US officers", "COOPERATE") })
            {
                if (entry.GetProperty("plover").GetString() == plover && evidence.Any(s => s.Contains(word)))
                {
                    summaries.TryAdd(key, entry.GetProperty("summary").GetString()!);
                }
            }
        }

        Assert.Equal(3, summaries.Count);
        var (_, output) = await Node("page-check.mjs", ["list", pipeline.ApiAddress.ToString(), "timeline=us-pakistan&from=2011-11-01&to=2012-06-30", Shots]);
        var shown = JsonDocument.Parse(output).RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => (Date: e.GetProperty("date").GetString()!, Summary: e.GetProperty("summary").GetString()!))
            .ToList();
        var (strike, closure, officers) = (Find("strike"), Find("closure"), Find("officers"));
        // Other articles of the suite may have dated the strike and the closure to one day of late November (a refinement
        // of "late November"): then either may be listed first.
        Assert.True(strike >= 0 && closure >= 0 && officers > Math.Max(strike, closure), $"order {strike} {closure} {officers} in {output}");
        Assert.True(strike < closure || shown[strike].Date == shown[closure].Date, output);
        Assert.Matches(@"^(late Nov 2011|(2[1-9]|30) Nov 2011)$", shown[strike].Date);
        Assert.Contains("Nov 2011", shown[closure].Date); // on/after the strike, or a day another source gave
        Assert.Equal("26 Apr 2012 – 31 May 2012", shown[officers].Date);
        int Find(string key) => shown.FindIndex(e => e.Summary == summaries[key]);
        Assert.DoesNotContain(shown, e => e.Date.Contains("2024"));
        Assert.True(File.Exists(Path.Combine(Shots, "storyline.png")));
    }

    [Fact]
    public async Task Every_entry_of_the_TimelineJS_export_renders_in_TimelineJS()
    {
        RequireBrowser();
        if (!Directory.Exists(Path.Combine(Repo, "tests", "browser", "node_modules", "@knight-lab", "timelinejs")))
        {
            Assert.Skip("TimelineJS (@knight-lab/timelinejs in tests/browser) is not installed; infra/test.sh installs it");
        }

        foreach (var (story, year) in new[]
        {
            ("ISLAMABAD, March 3 (Timeline Wire) - Pakistan closed the Chaman border crossing to NATO supply convoys on Monday <b>now</b>.", "2003"),
            ("KABUL, March 20 (Timeline Wire) - US aircraft struck a Pakistani border post in late February, killing 4 soldiers, officials said.", "2003"),
        })
        {
            var (_, id, _) = await pipeline.Api.Submit(story, published: $"{year}-03-20");
            await pipeline.Api.WaitForArticle(id);
        }

        var (_, output) = await Node("timelinejs-check.mjs", [pipeline.ApiAddress.ToString(), "from=2003-01-01&to=2003-12-31", Shots]);
        Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("events").GetInt32() >= 2, output);
        Assert.True(File.Exists(Path.Combine(Shots, "timelinejs.png")));
    }

    private static void RequireBrowser()
    {
        if (!File.Exists("/usr/bin/chromium") || !Directory.Exists(Path.Combine(Repo, "tests", "browser", "node_modules", "playwright-core")))
        {
            Assert.Skip("Chromium (/usr/bin/chromium) or playwright-core (tests/browser) is not installed; infra/test.sh installs both");
        }

        Directory.CreateDirectory(Shots);
    }

    /// <summary>Runs a check script; it prints one JSON line and exits non-zero when a check fails.</summary>
    private static async Task<(int Exit, string Output)> Node(string script, string[] args, Dictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(Repo, "tests", "browser", script), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(Repo, "tests", "browser"),
        };
        foreach (var (name, value) in env ?? [])
        {
            start.Environment[name] = value;
        }

        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"{await output}\n{await errors}");
        return (node.ExitCode, (await output).Trim());
    }
}
