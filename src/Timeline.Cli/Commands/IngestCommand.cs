using System.Net.Http.Json;
using System.Text.Json;
using Timeline.Core;

namespace Timeline.Cli.Commands;

/// <summary>
/// timeline ingest FILE|DIR... [--published DATE] [--source NAME] [--url URL] [--title TEXT] [--wait]: submits through the
/// API; with --wait, returns once each article is on the timeline.
/// </summary>
public static class IngestCommand
{
    public static async Task<int> Run(Args args)
    {
        if (args.Positional.Count == 0)
        {
            throw new UsageException("missing FILE");
        }

        var files = args.Positional.SelectMany(Expand).ToList();
        var published = args.Option("published");
        var source = args.Option("source");
        var url = args.Option("url");
        var title = args.Option("title");
        var wait = args.Flag("wait");
        args.RejectUnknown();

        using var http = CliConfig.Http(TimeSpan.FromSeconds(60));
        var failures = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var contentType = file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ? "text/html" : "text/plain";
            var query = string.Join("&", new[] { ("published", published), ("source", source), ("url", url), ("title", title) }
                .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
            using var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType) { CharSet = "utf-8" };
            HttpResponseMessage response;
            try
            {
                response = await http.PostAsync("/articles" + (query.Length > 0 ? "?" + query : ""), content);
            }
            catch (HttpRequestException e)
            {
                Console.Error.WriteLine($"timeline: cannot reach the API at {CliConfig.Api}: {e.Message}");
                return 4;
            }

            var body = await response.Content.ReadAsStringAsync();
            var prefix = files.Count > 1 ? $"[{i + 1}/{files.Count}] " : "";
            if (response.IsSuccessStatusCode)
            {
                using var json = JsonDocument.Parse(body);
                var id = json.RootElement.GetProperty("articleId").GetString();
                Console.WriteLine($"{prefix}{file}: {json.RootElement.GetProperty("status").GetString()} {id}");
                if (wait && !await Recorded(http, id!))
                {
                    Console.Error.WriteLine($"{prefix}{file}: not on the timeline after 60 s; see the services' logs");
                    failures++;
                }
            }
            else
            {
                failures++;
                var detail = TryDetail(body) ?? body;
                Console.Error.WriteLine($"{prefix}{file}: refused ({(int)response.StatusCode}): {detail}");
            }
        }

        return failures == 0 ? 0 : 3;
    }

    private static async Task<bool> Recorded(HttpClient http, string articleId)
    {
        for (var i = 0; i < 300; i++)
        {
            if ((await http.GetAsync($"/articles/{articleId}")).IsSuccessStatusCode)
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path) ? Directory.GetFiles(path).Where(f => f.EndsWith(".txt") || f.EndsWith(".html") || f.EndsWith(".htm")).Order() : [path];

    private static string? TryDetail(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
