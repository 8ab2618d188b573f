using System.Net.Http.Json;
using System.Text.Json;

namespace Timeline.Cli.Commands;

/// <summary>
/// Analysts' commands through the API, each with a reason: correct ID --field F --value V, retract ID, merge ID --into ID,
/// split ID --articles A,B [--summary S], and history ID (every event of the entry with its record time).
/// </summary>
public static class CorrectCommand
{
    public static async Task<int> Run(string verb, Args args)
    {
        var id = args.Required(0, "ENTRY_ID");
        var reason = args.Option("reason");
        var by = args.Option("by") ?? Environment.UserName;
        object? body = verb switch
        {
            "correct" => new { field = args.Option("field"), value = args.Option("value"), reason, by },
            "retract" => new { reason, by },
            "split" => new
            {
                articleIds = (args.Option("articles") ?? throw new UsageException("split needs --articles ID[,ID...]"))
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(a => Guid.TryParse(a, out var g) ? g : throw new UsageException($"'{a}' is not an article id")).ToList(),
                summary = args.Option("summary"),
                reason,
                by,
            },
            "merge" => new { into = Guid.TryParse(args.Option("into"), out var into) ? into : throw new UsageException("merge needs --into ENTRY_ID"), reason, by },
            _ => null,
        };
        args.RejectUnknown();

        using var http = CliConfig.Http(TimeSpan.FromSeconds(30));
        HttpResponseMessage response;
        try
        {
            response = verb switch
            {
                "history" => await http.GetAsync($"/timeline/{id}/history"),
                "correct" => await http.PostAsJsonAsync($"/timeline/{id}/corrections", body),
                "retract" => await http.PostAsJsonAsync($"/timeline/{id}/retraction", body),
                "split" => await http.PostAsJsonAsync($"/timeline/{id}/split", body),
                _ => await http.PostAsJsonAsync($"/timeline/{id}/merge", body),
            };
        }
        catch (HttpRequestException e)
        {
            Console.Error.WriteLine($"timeline: cannot reach the API at {CliConfig.Api}: {e.Message}");
            return 4;
        }

        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            var detail = JsonDocument.Parse(text).RootElement.TryGetProperty("detail", out var d) ? d.GetString() : text;
            Console.Error.WriteLine($"timeline: {verb} refused ({(int)response.StatusCode}): {detail}");
            return 3;
        }

        if (verb == "history")
        {
            foreach (var e in JsonDocument.Parse(text).RootElement.EnumerateArray())
            {
                Console.WriteLine($"{e.GetProperty("sequence").GetInt64(),8}  {e.GetProperty("recordedAt").GetString()}  {e.GetProperty("type").GetString(),-22} {e.GetProperty("data")}");
            }
        }
        else
        {
            Console.WriteLine(verb == "split"
                ? $"split: done ({id}); the new entry is {JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()}"
                : $"{verb}: done ({id})");
        }

        return 0;
    }
}
