using Timeline.Core.Dates;

namespace Timeline.Cli.Commands;

/// <summary>
/// timeline dates --timeml IN_DIR OUT_DIR [--kind news|narrative|auto]: tags every .tml file (the DCT is the reference)
/// and writes it again with our TIMEX3 tags in TEXT, in the TempEval-3 format.
/// </summary>
public static class DatesCommand
{
    public static int Run(Args args)
    {
        if (!args.Flag("timeml"))
        {
            throw new UsageException("dates needs --timeml IN_DIR OUT_DIR");
        }

        var input = args.Required(0, "IN_DIR");
        var output = args.Required(1, "OUT_DIR");
        var kind = Kind(args.Option("kind"));
        args.RejectUnknown();

        var files = Directory.GetFiles(input, "*.tml", SearchOption.AllDirectories).Order().ToList();
        foreach (var file in files)
        {
            var xml = File.ReadAllText(file);
            var doc = TimeMl.Parse(Path.GetFileNameWithoutExtension(file), xml);
            var target = Path.Combine(output, Path.GetRelativePath(input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, TimeMl.Write(xml, doc, Annotate(doc, kind)));
        }

        Console.Error.WriteLine($"{files.Count} documents tagged into {output}");
        return 0;
    }

    public static IReadOnlyList<TimexAnnotation> Annotate(TimeMlDocument doc, DocumentKind kind) =>
        TemporalTagger.Tag(doc.Text, doc.CreationTime, kind)
            .Select(t => new TimexAnnotation(t.Start, t.End, t.Text, t.Type, t.Value, t.Mod))
            .ToList();

    public static DocumentKind Kind(string? text) => text switch
    {
        null or "auto" => DocumentKind.Auto,
        "news" => DocumentKind.News,
        "narrative" => DocumentKind.Narrative,
        _ => throw new UsageException($"unknown --kind '{text}' (news, narrative or auto)"),
    };
}
