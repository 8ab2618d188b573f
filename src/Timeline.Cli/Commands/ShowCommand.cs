using NodaTime.Text;
using Timeline.Core;
using Timeline.Store;
using Timeline.Store.Queries;

namespace Timeline.Cli.Commands;

/// <summary>timeline show: the chronological table, dates written as the text supports them.</summary>
public static class ShowCommand
{
    public static async Task<int> Run(Args args)
    {
        var filter = FilterArgs.Read(args) with
        {
            PageSize = Math.Clamp(int.Parse(args.Option("limit") ?? "200"), 1, TimelineFilter.MaxPageSize),
            WithTotal = true,
        };
        var asOfText = args.Option("as-of");
        args.RejectUnknown();
        NodaTime.Instant? asOf = asOfText is null ? null
            : InstantPattern.ExtendedIso.Parse(asOfText) is { Success: true } p ? p.Value : throw new UsageException($"'{asOfText}' is not an instant like 2026-11-28T03:00:00Z");

        await using var store = TimelineStore.Create(CliConfig.ConnectionString);
        await using var session = store.QuerySession();
        var page = asOf is { } at
            ? await TimelineQuery.AsOf(session, filter, at, CancellationToken.None)
            : await TimelineQuery.Read(session, filter, CancellationToken.None);
        Console.WriteLine($"{"DATE",-36} {"TYPE",-18} {"ACTORS",-28} {"SRC",3}  SUMMARY");
        foreach (var e in page.Entries)
        {
            var type = e.Mode is null ? e.Plover : $"{e.Plover}/{e.Mode}";
            var actors = string.Join(" ", e.Actors.Where(a => a.Role != Contracts.ActorRole.Other).Select(a => a.Role == Contracts.ActorRole.Source ? a.Code + "→" : a.Code));
            var source = e.Reports.FirstOrDefault() is { } first ? first.SourceName ?? first.Url ?? "" : "";
            var disputed = e.Alternatives.Count > 0 ? $" (sources disagree: also {string.Join(", ", e.Alternatives.Select(a => DateDisplay.Format(a.Date)))})" : "";
            Console.WriteLine($"{DateDisplay.Format(e.Date),-36} {type,-18} {actors,-28} {e.SourceCount,3}  {e.Summary}{(source.Length > 0 ? $" [{source}]" : "")}{disputed}");
        }

        Console.WriteLine($"{page.Entries.Count} of {page.Total} entries");
        return 0;
    }
}
