using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Services;
using Marten.Subscriptions;
using Timeline.Store.Entries;

namespace Timeline.Store.Publishing;

/// <summary>
/// A Marten subscription that pushes every stored entry event to RabbitMQ, in store order. Publishing happens before
/// Marten records its progress, so delivery is at-least-once; message ids (the stored event ids) let consumers drop repeats.
/// </summary>
public sealed class NewEntryPublisher : SubscriptionBase
{
    private readonly RabbitPublisher publisher;

    public NewEntryPublisher(RabbitPublisher publisher)
    {
        this.publisher = publisher;
        Name = "NewEntryPublisher";
        foreach (var type in EntryMessages.Published)
        {
            IncludeType(type);
        }
    }

    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var entries = await operations.LoadManyAsync<TimelineEntry>(cancellationToken, page.Events.Select(e => e.StreamId).Distinct());
        var byId = entries.ToDictionary(e => e.Id);
        foreach (var stored in page.Events)
        {
            if (byId.TryGetValue(stored.StreamId, out var entry) && EntryMessages.For(stored, entry) is { } message)
            {
                await publisher.Publish(message, cancellationToken);
            }
        }

        return NullChangeListener.Instance;
    }
}

/// <summary>The subscription has nothing to do after its batch commits.</summary>
internal sealed class NullChangeListener : IChangeListener
{
    public static readonly NullChangeListener Instance = new();

    public Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) => Task.CompletedTask;

    public Task BeforeCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) => Task.CompletedTask;
}
