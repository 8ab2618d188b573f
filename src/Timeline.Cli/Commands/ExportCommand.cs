using System.Runtime.CompilerServices;
using NodaTime.Text;
using Timeline.Store;
using Timeline.Store.Entries;
using Timeline.Store.Exports;
using Timeline.Store.Queries;

namespace Timeline.Cli.Commands;

/// <summary>
/// timeline export --format timelinejs|csv|jsonl [--out FILE] [filters as show]: the whole filtered timeline, streamed
/// from the store; progress on stderr so stdout stays the export.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> Run(Args args)
    {
        var formatName = args.Option("format") ?? throw new UsageException("export needs --format timelinejs|csv|jsonl");
        if (!ExportFormats.ByName.TryGetValue(formatName, out var format))
        {
            throw new UsageException($"unknown export format '{formatName}' ({string.Join(", ", ExportFormats.ByName.Keys)})");
        }

        var output = args.Option("out");
        var filter = FilterArgs.Read(args) with { IncludeWithdrawn = args.Flag("withdrawn") };
        args.RejectUnknown();

        await using var store = TimelineStore.Create(CliConfig.ConnectionString);
        await using var session = store.QuerySession();
        await using var stream = output is null ? Console.OpenStandardOutput() : File.Create(output);
        var title = filter.Timeline is null ? "Timeline" : $"Timeline: {filter.Timeline.Name}";
        var written = await ExportFormats.Write(format, Counted(TimelineQuery.All(session, filter, CancellationToken.None)), stream, title, CancellationToken.None);
        Console.Error.WriteLine($"exported {written} entries as {formatName}{(output is null ? "" : $" to {output}")}");
        return 0;
    }

    private static async IAsyncEnumerable<TimelineEntry> Counted(IAsyncEnumerable<TimelineEntry> entries, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var read = 0;
        await foreach (var entry in entries.WithCancellation(ct))
        {
            if (++read % 1000 == 0)
            {
                Console.Error.Write($"\rread {read} entries…");
            }

            yield return entry;
        }

        if (read >= 1000)
        {
            Console.Error.WriteLine();
        }
    }
}
