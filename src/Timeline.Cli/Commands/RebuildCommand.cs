using Marten;
using Timeline.Store;
using Timeline.Store.Entries;

namespace Timeline.Cli.Commands;

/// <summary>timeline rebuild: drops the timeline read model and builds it again from the stored events.</summary>
public static class RebuildCommand
{
    public static async Task<int> Run(Args args)
    {
        args.RejectUnknown();
        await using var store = TimelineStore.Create(CliConfig.ConnectionString);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await TimelineStore.Rebuild(store, CancellationToken.None);
        Console.WriteLine($"rebuilt the timeline read model in {started.Elapsed.TotalSeconds:F1}s");
        return 0;
    }
}
