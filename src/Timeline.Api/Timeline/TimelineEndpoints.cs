using Marten;
using NodaTime;
using NodaTime.Text;
using Timeline.Store.Entries;
using Timeline.Store.Queries;

namespace Timeline.Api.Timeline;

public static class TimelineEndpoints
{
    public static void MapTimeline(this WebApplication app)
    {
        app.MapGet("/timeline", Read).WithName("ReadTimeline");
        app.MapGet("/timeline/{id:guid}", ReadEntry).WithName("ReadTimelineEntry");
    }

    private static async Task<IResult> Read(IQuerySession session, string? from, string? to, string? actor, string? type,
        int? page, int? pageSize, string? asOf, bool? withdrawn, string? timeline, CancellationToken ct)
    {
        NamedTimeline? named = null;
        if (timeline is not null && !NamedTimeline.Known.TryGetValue(timeline, out named))
        {
            return Results.Problem(statusCode: 400, title: "Unknown timeline", detail: $"'{timeline}' is not a named timeline; known: {string.Join(", ", NamedTimeline.Known.Keys)}.");
        }

        var (fromDate, fromError) = Date(from, "from");
        var (toDate, toError) = Date(to, "to");
        if ((fromError ?? toError) is { } error)
        {
            return error;
        }

        var filter = new TimelineFilter(fromDate, toDate, actor, type, page ?? 1, pageSize ?? 50, withdrawn ?? false, named);
        if (filter.Page < 1 || filter.PageSize is < 1 or > TimelineFilter.MaxPageSize)
        {
            return Results.Problem(statusCode: 400, title: "Bad paging", detail: $"page must be ≥ 1 and pageSize within 1..{TimelineFilter.MaxPageSize}.");
        }

        if (asOf is not null)
        {
            var instant = InstantPattern.ExtendedIso.Parse(asOf);
            return instant.Success
                ? Results.Ok(await TimelineQuery.AsOf(session, filter, instant.Value, ct))
                : Results.Problem(statusCode: 400, title: "Bad instant", detail: $"asOf: '{asOf}' is not an instant like 2026-11-28T03:00:00Z.");
        }

        return Results.Ok(await TimelineQuery.Read(session, filter, ct));
    }

    private static async Task<IResult> ReadEntry(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<TimelineEntry>(id, ct) is { } entry
            ? Results.Ok(entry)
            : Results.Problem(statusCode: 404, title: "No such timeline entry", detail: $"No entry has the id {id}.");

    private static (LocalDate? Date, IResult? Error) Date(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success
            ? (parsed.Value, null)
            : (null, Results.Problem(statusCode: 400, title: "Bad date", detail: $"{name}: '{text}' is not a date in the form YYYY-MM-DD."));
    }
}
