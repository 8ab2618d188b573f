using Timeline.Cli;
using Timeline.Cli.Commands;

const string Usage = """
    usage: timeline <command> [options]
      extract FILE [--published YYYY-MM-DD] [--format json|text]   run the pipeline in this process (no broker, no database)
      ingest FILE|DIR... [--published DATE] [--source NAME] [--url URL] [--title TEXT] [--wait]   submit articles to the API
      show [--timeline us-pakistan] [--from DATE] [--to DATE] [--actor CODE] [--type PLOVER] [--limit N] [--as-of INSTANT]   the timeline, oldest first
      export --format timelinejs|csv|jsonl [--out FILE] [--timeline T] [--from D] [--to D] [--actor C] [--type P] [--withdrawn]   the timeline for TimelineJS, spreadsheets or PLOVER tools
      subscribe [--actor CODE | --timeline NAME] [--type PLOVER] [--count N] [--json]  print new-event messages as they are recorded
      replay [--from-position N | --from-time ISO] [--stream ID] [--to-queue NAME [--then-live] [--bind KEYS]] [--quiet]   stored events in order; to a queue, then live
      rebuild                                                         rebuild the read models from the events
      reprocess [--article ID]                                        read stored articles again with this build; record only the differences
      correct ID --field summary|plover|date --value V --reason R     an analyst's correction, recorded as an event
      retract ID --reason R | merge ID --into ID2 --reason R          withdraw an entry, or merge it into another
      split ID --articles A[,B] [--summary S] --reason R              move those articles' reports to a new entry
      history ID                                                      every event of an entry with its record time
      bench pipeline [--articles N] [--concurrency C]                 time the running pipeline against raw RabbitMQ
      bench store [--events N] [--sizes 10000,100000,1000000] [--queries Q]   append/rebuild, replay and query figures beside baselines
      bench dates --gold DIR [--kind K] [--rounds N]                  our tagger beside chrono-node: value F1 and speed
      bench events [--articles N] [--words W]                         extraction speed beside cleaning + sentence splitting
      dates --timeml IN_DIR OUT_DIR [--kind news|narrative|auto]      tag TimeML documents in the TempEval-3 format
      eval dates --gold DIR [--system DIR] [--kind K] [--errors N]    TempEval-3 measures with an error breakdown
      eval events --gold FILE|DIR [--errors]                          event precision/recall, type, actor and date accuracy (a folder: per set, pooled)
      eval types --plover FILE [--errors]                             the type classifier on PLOVER's gold-standard records
    configuration: appsettings.json beside the binary, or TIMELINE_API, Timeline__ApiKey (writes), ConnectionStrings__Timeline, RabbitMq__* variables
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

try
{
    var rest = args.Skip(1);
    return args[0] switch
    {
        "extract" => ExtractCommand.Run(new Args(rest)),
        "ingest" => await IngestCommand.Run(new Args(rest, "wait")),
        "show" => await ShowCommand.Run(new Args(rest)),
        "export" => await ExportCommand.Run(new Args(rest, "withdrawn")),
        "subscribe" => await SubscribeCommand.Run(new Args(rest, "json")),
        "replay" => await ReplayCommand.Run(new Args(rest, "then-live", "quiet")),
        "rebuild" => await RebuildCommand.Run(new Args(rest)),
        "reprocess" => await ReprocessCommand.Run(new Args(rest)),
        "correct" or "retract" or "merge" or "split" or "history" => await CorrectCommand.Run(args[0], new Args(rest)),
        "bench" when args.Length > 1 && args[1] == "pipeline" => await BenchCommand.Run(new Args(args.Skip(2))),
        "bench" when args.Length > 1 && args[1] == "store" => await BenchStoreCommand.Run(new Args(args.Skip(2))),
        "bench" when args.Length > 1 && args[1] == "dates" => await BenchDatesCommand.Run(new Args(args.Skip(2))),
        "bench" when args.Length > 1 && args[1] == "events" => BenchEventsCommand.Run(new Args(args.Skip(2))),
        "dates" => DatesCommand.Run(new Args(rest, "timeml")),
        "eval" when args.Length > 1 && args[1] == "dates" => EvalDatesCommand.Run(new Args(args.Skip(2))),
        "eval" when args.Length > 1 && args[1] == "events" => EvalEventsCommand.Events(new Args(args.Skip(2), "errors")),
        "eval" when args.Length > 1 && args[1] == "types" => EvalEventsCommand.Types(new Args(args.Skip(2), "errors")),
        _ => throw new UsageException($"unknown command '{args[0]}'"),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"timeline: {e.Message}");
    Console.Error.WriteLine(Usage);
    return 2;
}
