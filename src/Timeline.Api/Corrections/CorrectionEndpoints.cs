using Marten;
using Timeline.Store.Entries;

namespace Timeline.Api.Corrections;

public sealed record CorrectEntry(string? Field, string? Value, string? Reason, string? By);

public sealed record RetractEntry(string? Reason, string? By);

public sealed record MergeEntry(Guid Into, string? Reason, string? By);

public sealed record SplitEntry(IReadOnlyList<Guid>? ArticleIds, string? Summary, string? Reason, string? By);

/// <summary>Analysts' corrections: each one an event on the entry's stream with its reason; nothing is deleted.</summary>
public static class CorrectionEndpoints
{
    public static void MapCorrections(this WebApplication app)
    {
        app.MapPost("/timeline/{id:guid}/corrections", Correct).WithName("CorrectEntry");
        app.MapPost("/timeline/{id:guid}/retraction", Retract).WithName("RetractEntry");
        app.MapPost("/timeline/{id:guid}/merge", Merge).WithName("MergeEntry");
        app.MapPost("/timeline/{id:guid}/split", Split).WithName("SplitEntry")
            .WithSummary("Move the reports of the named articles to a new entry (another event); answers with the new entry.");
        app.MapGet("/timeline/{id:guid}/history", History).WithName("EntryHistory");
    }

    private static Task<IResult> Correct(Guid id, CorrectEntry body, IDocumentSession session, CancellationToken ct) =>
        Change(session, id, entry => [EntryDecisions.Correct(entry, body.Field ?? "", body.Value ?? "", body.Reason ?? "", By(body.By))], ct);

    private static Task<IResult> Retract(Guid id, RetractEntry body, IDocumentSession session, CancellationToken ct) =>
        Change(session, id, entry => [EntryDecisions.Retract(entry, body.Reason ?? "", By(body.By))], ct);

    private static async Task<IResult> Merge(Guid id, MergeEntry body, IDocumentSession session, CancellationToken ct)
    {
        var into = await session.Events.FetchForWriting<TimelineEntry>(body.Into, ct);
        if (into.Aggregate is null)
        {
            return NotFound(body.Into);
        }

        EntryAbsorbed? absorbed = null;
        var result = await Change(session, id, from =>
        {
            var (merged, intoEvent) = EntryDecisions.Merge(from, into.Aggregate, body.Reason ?? "", By(body.By));
            absorbed = intoEvent;
            return [merged];
        }, ct, beforeSave: () => into.AppendOne(absorbed!));
        return result;
    }

    private static async Task<IResult> Split(Guid id, SplitEntry body, IDocumentSession session, CancellationToken ct)
    {
        var newId = Guid.NewGuid();
        EntrySplitOff? created = null;
        var result = await Change(session, id, from =>
        {
            var (split, splitOff) = EntryDecisions.Split(from, newId, body.ArticleIds ?? [], body.Summary, body.Reason ?? "", By(body.By));
            created = splitOff;
            return [split];
        }, ct, beforeSave: () => session.Events.StartStream<TimelineEntry>(newId, created!));
        return created is null ? result : Results.Ok(await session.LoadAsync<TimelineEntry>(newId, ct));
    }

    private static async Task<IResult> History(Guid id, IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return events.Count == 0
            ? NotFound(id)
            : Results.Ok(events.Select(e => new { e.Sequence, e.Version, recordedAt = e.Timestamp, type = e.EventTypeName, data = e.Data }));
    }

    /// <summary>Appends the decided events under optimistic concurrency; a rule broken is a 400, a closed entry a 409.</summary>
    private static async Task<IResult> Change(IDocumentSession session, Guid id, Func<TimelineEntry, object[]> decide, CancellationToken ct,
        Action? beforeSave = null)
    {
        var stream = await session.Events.FetchForWriting<TimelineEntry>(id, ct);
        if (stream.Aggregate is null)
        {
            return NotFound(id);
        }

        try
        {
            stream.AppendMany(decide(stream.Aggregate));
        }
        catch (ArgumentException e)
        {
            return Results.Problem(statusCode: 400, title: "The correction was refused", detail: e.Message);
        }
        catch (InvalidOperationException e)
        {
            return Results.Problem(statusCode: 409, title: "The entry cannot change", detail: e.Message);
        }

        beforeSave?.Invoke();
        await session.SaveChangesAsync(ct);
        return Results.Ok(await session.LoadAsync<TimelineEntry>(id, ct));
    }

    private static string By(string? by) => string.IsNullOrWhiteSpace(by) ? "analyst" : by.Trim();

    private static IResult NotFound(Guid id) =>
        Results.Problem(statusCode: 404, title: "No such timeline entry", detail: $"No entry has the id {id}.");
}
