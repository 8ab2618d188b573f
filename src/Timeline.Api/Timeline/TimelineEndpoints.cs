using System.Security.Cryptography;
using System.Text;
using Marten;
using Microsoft.Net.Http.Headers;
using NodaTime;
using NodaTime.Text;
using Timeline.Store.Entries;
using Timeline.Store.Exports;
using Timeline.Store.Queries;

namespace Timeline.Api.Timeline;

public static class TimelineEndpoints
{
    public static void MapTimeline(this WebApplication app)
    {
        app.MapGet("/timeline", Read).WithName("ReadTimeline")
            .WithSummary("A page of the timeline in world-date order, filtered; `next` is the cursor of the page after it.");
        app.MapGet("/timeline/{id:guid}", ReadEntry).WithName("ReadTimelineEntry")
            .WithSummary("One entry with every source, its alternatives and its status; ETag is its revision.");
        app.MapGet("/timeline/export/{format}", Export).WithName("ExportTimeline")
            .WithSummary("The filtered timeline as TimelineJS JSON (timelinejs), CSV (csv) or PLOVER JSON lines (jsonl).");
    }

    private static async Task<IResult> Read(HttpContext http, IQuerySession session, string? from, string? to, string? actor, string? type,
        int? pageSize, string? cursor, bool? total, string? asOf, bool? withdrawn, string? timeline, CancellationToken ct)
    {
        var (filter, error) = Filter(from, to, actor, type, pageSize, cursor, total, withdrawn, timeline);
        if (error is not null)
        {
            return error;
        }

        TimelinePage page;
        if (asOf is not null)
        {
            var instant = InstantPattern.ExtendedIso.Parse(asOf);
            if (!instant.Success)
            {
                return Results.Problem(statusCode: 400, title: "Bad instant", detail: $"asOf: '{asOf}' is not an instant like 2026-11-28T03:00:00Z.");
            }

            page = await TimelineQuery.AsOf(session, filter!, instant.Value, ct);
        }
        else
        {
            page = await TimelineQuery.Read(session, filter!, ct);
        }

        // The page's validator: which entries, at which revision, and what follows. Same ETag ⇒ same body.
        var tag = Hash(string.Join(';', page.Entries.Select(e => $"{e.Id:N}.{e.Revision}")) + $"|{page.Next}|{page.Total}");
        return NotModified(http, tag) ?? Results.Ok(page);
    }

    private static async Task<IResult> ReadEntry(HttpContext http, Guid id, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<TimelineEntry>(id, ct) is not { } entry)
        {
            return Results.Problem(statusCode: 404, title: "No such timeline entry", detail: $"No entry has the id {id}.");
        }

        return NotModified(http, EntryTag(entry)) ?? Results.Ok(entry);
    }

    /// <summary>Streams every matching entry, so an export of a million entries never sits in memory.</summary>
    private static async Task<IResult> Export(HttpContext http, string format, IQuerySession session, string? from, string? to, string? actor,
        string? type, bool? withdrawn, string? timeline, CancellationToken ct)
    {
        if (!ExportFormats.ByName.TryGetValue(format, out var kind))
        {
            return Results.Problem(statusCode: 400, title: "Unknown export format",
                detail: $"'{format}' is not an export format; known: {string.Join(", ", ExportFormats.ByName.Keys)}.");
        }

        var (filter, error) = Filter(from, to, actor, type, null, null, false, withdrawn, timeline);
        if (error is not null)
        {
            return error;
        }

        http.Response.ContentType = ExportFormats.ContentType(kind);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{ExportFormats.FileName(kind)}\"";
        var title = timeline is null ? "Timeline" : $"Timeline: {filter!.Timeline!.Name}";
        await ExportFormats.Write(kind, TimelineQuery.All(session, filter!, ct), http.Response.Body, title, ct);
        return Results.Empty;
    }

    public static string EntryTag(TimelineEntry entry) => $"\"{entry.Id:N}-{entry.Revision}\"";

    /// <summary>A 304 when the client already holds this representation; otherwise sets the ETag and lets the body go.</summary>
    public static IResult? NotModified(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        var held = http.Request.GetTypedHeaders().IfNoneMatch;
        return held.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.ToString() == etag) ? Results.StatusCode(StatusCodes.Status304NotModified) : null;
    }

    private static string Hash(string text) => $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32]}\"";

    private static (TimelineFilter? Filter, IResult? Error) Filter(string? from, string? to, string? actor, string? type, int? pageSize,
        string? cursor, bool? total, bool? withdrawn, string? timeline)
    {
        NamedTimeline? named = null;
        if (timeline is not null && !NamedTimeline.Known.TryGetValue(timeline, out named))
        {
            return (null, Results.Problem(statusCode: 400, title: "Unknown timeline",
                detail: $"'{timeline}' is not a named timeline; known: {string.Join(", ", NamedTimeline.Known.Keys)}."));
        }

        var (fromDate, fromError) = Date(from, "from");
        var (toDate, toError) = Date(to, "to");
        if ((fromError ?? toError) is { } error)
        {
            return (null, error);
        }

        if (pageSize is < 1 or > TimelineFilter.MaxPageSize)
        {
            return (null, Results.Problem(statusCode: 400, title: "Bad page size", detail: $"pageSize must be within 1..{TimelineFilter.MaxPageSize}."));
        }

        string? after = null;
        if (cursor is not null && !Cursor.TryRead(cursor, out after!))
        {
            return (null, Results.Problem(statusCode: 400, title: "Bad cursor", detail: "cursor: use the `next` value of a previous page as it was given."));
        }

        return (new TimelineFilter(fromDate, toDate, actor, type, pageSize ?? 50, withdrawn ?? false, named, after, total ?? false), null);
    }

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
