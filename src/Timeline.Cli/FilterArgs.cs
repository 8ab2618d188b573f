using NodaTime;
using NodaTime.Text;
using Timeline.Store.Queries;

namespace Timeline.Cli;

/// <summary>The timeline filters the commands share: --from, --to, --actor, --type and --timeline.</summary>
public static class FilterArgs
{
    public static TimelineFilter Read(Args args) =>
        new(Date(args.Option("from")), Date(args.Option("to")), args.Option("actor"), args.Option("type"), Timeline: Timeline(args));

    public static NamedTimeline? Timeline(Args args) => args.Option("timeline") is not { } name ? null
        : NamedTimeline.Known.TryGetValue(name, out var named) ? named
        : throw new UsageException($"unknown timeline '{name}' ({string.Join(", ", NamedTimeline.Known.Keys)})");

    private static LocalDate? Date(string? text) => text is null ? null
        : LocalDatePattern.Iso.Parse(text) is { Success: true } p ? p.Value : throw new UsageException($"'{text}' is not a date (YYYY-MM-DD)");
}
