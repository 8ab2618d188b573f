using System.Text.Json;
using Timeline.Core;
using Timeline.Core.Articles;

namespace Timeline.Cli.Commands;

/// <summary>timeline extract FILE [--published YYYY-MM-DD] [--format json|text]: the pipeline in one process.</summary>
public static class ExtractCommand
{
    public static int Run(Args args)
    {
        var file = args.Required(0, "FILE");
        var format = args.Option("format") ?? "json";
        var (article, exit) = ArticleFile.Read(file, args);
        args.RejectUnknown();
        if (article is null)
        {
            return exit;
        }

        var result = Pipeline.Run(article);
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(result, TimelineJson.Indented));
            return 0;
        }

        if (format != "text")
        {
            throw new UsageException($"unknown format '{format}' (json or text)");
        }

        Console.WriteLine($"published: {result.Document.Published?.ToString() ?? "unknown"} ({result.Document.PublishedBasis})");
        foreach (var e in result.Events)
        {
            var date = e.Date.Start is { } s ? $"{s:uuuu-MM-dd}..{e.Date.End:uuuu-MM-dd}" : "undated";
            Console.WriteLine($"{date,-24} {e.Plover,-9} {string.Join(" ", e.Actors.Select(a => $"{a.Role.ToString().ToLowerInvariant()}:{a.Code}")),-40} {e.Summary}");
        }

        return 0;
    }
}

/// <summary>Reads an article file and its metadata options, reporting bad input as the API does.</summary>
public static class ArticleFile
{
    public static (ValidArticle? Article, int Exit) Read(string path, Args args)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"timeline: no such file: {path}");
            return (null, 2);
        }

        var bytes = File.ReadAllBytes(path);
        var contentType = args.Option("content-type") ?? (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ? "text/html" : "text/plain");
        var input = new ArticleInput(bytes, contentType, args.Option("title"), args.Option("source"), args.Option("url"), args.Option("published"));
        var (article, problem) = ArticleValidation.Validate(input);
        if (problem is not null)
        {
            Console.Error.WriteLine($"timeline: {path}: {problem.Field}: {problem.Detail}");
            return (null, 3);
        }

        return (article, 0);
    }
}
