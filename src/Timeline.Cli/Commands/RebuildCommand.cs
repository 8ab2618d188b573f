using Marten;
using Timeline.Store;
using Timeline.Store.Entries;

namespace Timeline.Cli.Commands;

/// <summary>timeline rebuild: drops the timeline read model and builds it again from the stored events, showing progress.</summary>
public static class RebuildCommand
{
    public static async Task<int> Run(Args args)
    {
        args.RejectUnknown();
        await using var store = TimelineStore.Create(CliConfig.ConnectionString);
        await TimelineStore.EnsureIndexes(store, CancellationToken.None);
        long streams;
        await using (var session = store.QuerySession())
        {
            streams = await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName == "entry_recorded" || e.EventTypeName == "entry_split_off").LongCountAsync();
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var rebuild = TimelineStore.Rebuild(store, CancellationToken.None);
        while (await Task.WhenAny(rebuild, Task.Delay(TimeSpan.FromSeconds(2))) != rebuild)
        {
            await using var session = store.QuerySession();
            Console.Error.Write($"\rrebuilding: {await session.Query<TimelineEntry>().CountAsync()}/{streams} entries, {started.Elapsed.TotalSeconds:F0}s…");
        }

        await rebuild;
        Console.Error.WriteLine();
        Console.WriteLine($"rebuilt the timeline read model ({streams} entries) in {started.Elapsed.TotalSeconds:F1}s");
        return 0;
    }
}
