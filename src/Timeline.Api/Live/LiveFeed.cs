using System.Collections.Concurrent;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Timeline.Store.Publishing;

namespace Timeline.Api.Live;

/// <summary>
/// Feeds the page's live view from the new-event messages: one private queue on the topic exchange per API process,
/// each message fanned out to every open server-sent-event stream. A slow browser loses its oldest pending messages,
/// never the API's memory; it reloads the page of entries anyway when it reconnects.
/// </summary>
public sealed class LiveFeed(RabbitPublisher rabbit, ILogger<LiveFeed> log) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, Channel<SseItem<string>>> listeners = new();

    public async IAsyncEnumerable<SseItem<string>> Listen([EnumeratorCancellation] CancellationToken ct)
    {
        var id = Guid.NewGuid();
        var channel = System.Threading.Channels.Channel.CreateBounded<SseItem<string>>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        listeners[id] = channel;
        try
        {
            // The first item tells the page the stream is open, so it can stop polling.
            yield return new SseItem<string>("{}", "ready") { ReconnectionInterval = TimeSpan.FromSeconds(3) };
            await foreach (var item in channel.Reader.ReadAllAsync(ct))
            {
                yield return item;
            }
        }
        finally
        {
            listeners.TryRemove(id, out _);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Consume(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "The live feed lost RabbitMQ; retrying in 2 s");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private async Task Consume(CancellationToken ct)
    {
        await using var connection = await rabbit.ConnectionFactory.CreateConnectionAsync("timeline-api-live", ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        await RabbitPublisher.DeclareExchange(channel, ct);
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: ct);
        await channel.QueueBindAsync(queue.QueueName, EntryMessages.Exchange, "entry.#", cancellationToken: ct);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var kind = (delivery.BasicProperties.Type ?? "timeline.entry.changed").Split('.')[^1];
            var item = new SseItem<string>(Encoding.UTF8.GetString(delivery.Body.Span), kind) { EventId = delivery.BasicProperties.MessageId };
            foreach (var listener in listeners.Values)
            {
                listener.Writer.TryWrite(item);
            }

            return Task.CompletedTask;
        };
        consumer.ShutdownAsync += (_, _) => { closed.TrySetResult(); return Task.CompletedTask; };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, ct);
        await closed.Task.WaitAsync(ct);
    }
}
