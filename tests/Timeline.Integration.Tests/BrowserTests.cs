using System.Diagnostics;
using Xunit;

namespace Timeline.Integration.Tests;

/// <summary>The page in a real browser: Debian's Chromium driven by playwright-core (tests/browser), as a person would use it.</summary>
public sealed class BrowserTests(PipelineFixture pipeline)
{
    [Fact]
    public async Task The_page_shows_a_new_entry_filters_it_and_shows_hostile_article_text_only_as_text()
    {
        var repo = Timeline.Cli.RepoPaths.Root();
        var script = Path.Combine(repo, "tests", "browser", "page-check.mjs");
        if (!File.Exists("/usr/bin/chromium") || !Directory.Exists(Path.Combine(repo, "tests", "browser", "node_modules", "playwright-core")))
        {
            Assert.Skip("Chromium (/usr/bin/chromium) or playwright-core (tests/browser) is not installed; infra/test.sh installs both");
        }

        var story = "ISLAMABAD, Feb 9 (Timeline Wire) - Pakistan closed the Ghulam Khan border crossing to NATO supply convoys on Friday " +
            "<script>window.__timelineXss = true</script><img src=x onerror=\"window.__timelineXss = true\">, officials said.";
        var (_, articleId, _) = await pipeline.Api.Submit(story, published: "2007-02-09");
        await pipeline.Api.WaitForArticle(articleId);

        var shots = Path.Combine(repo, "TestResults", "screenshots");
        Directory.CreateDirectory(shots);
        var start = new ProcessStartInfo("node", [script, pipeline.ApiAddress.ToString(), "Ghulam Khan", shots])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync();
        var errors = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"{output}\n{errors}");
        Assert.True(File.Exists(Path.Combine(shots, "timeline.png")));
        Assert.True(File.Exists(Path.Combine(shots, "entry-detail.png")));
    }
}
