using System.Text.Json;
using RabbitMQ.Client;
using Timeline.Contracts;
using Timeline.Core;

namespace Timeline.Store.Publishing;

/// <summary>Publishes new-event messages with RabbitMQ.Client: persistent, confirmed by the broker, with their message ids.</summary>
public sealed class RabbitPublisher(ConnectionFactory factory) : IAsyncDisposable
{
    /// <summary>The broker this publisher talks to, for others in the process that consume from it (the live feed).</summary>
    public ConnectionFactory ConnectionFactory => factory;

    private readonly SemaphoreSlim gate = new(1, 1);
    private IConnection? connection;
    private IChannel? channel;
    private readonly HashSet<string> declared = [];

    public static ConnectionFactory Factory(string host, int port, string user, string password, string virtualHost = "/") => new()
    {
        HostName = host,
        Port = port,
        UserName = user,
        Password = password,
        VirtualHost = virtualHost,
        ClientProvidedName = "timeline-store",
    };

    /// <summary>To the topic exchange, for live subscribers.</summary>
    public Task Publish(TimelineEntryPublished message, CancellationToken ct) =>
        Send(EntryMessages.Exchange, EntryMessages.RoutingKey(message), message, ct);

    /// <summary>Straight to one queue through the default exchange: a replay that live subscribers never see.</summary>
    public Task PublishToQueue(string queue, TimelineEntryPublished message, CancellationToken ct) => PublishToQueue(queue, [Encode(message)], ct);

    /// <summary>
    /// A batch to one queue, in order, with up to 1,000 publishes awaiting the broker's confirmation at once (waiting for
    /// each confirmation in turn would cap a replay at a few hundred messages a second).
    /// </summary>
    public async Task PublishToQueue(string queue, IReadOnlyList<Encoded> messages, CancellationToken ct)
    {
        await DeclareQueue(queue, ct);
        var inFlight = new List<Task>(1000);
        foreach (var message in messages)
        {
            inFlight.Add(Send("", queue, message, ct));
            if (inFlight.Count == 1000)
            {
                await Task.WhenAll(inFlight);
                inFlight.Clear();
            }
        }

        await Task.WhenAll(inFlight);
    }

    /// <summary>A durable queue bound to the topic exchange: from now on it receives live messages too.</summary>
    public async Task BindToLive(string queue, IEnumerable<string> bindingKeys, CancellationToken ct)
    {
        await DeclareQueue(queue, ct);
        var ch = await Channel(ct);
        foreach (var key in bindingKeys)
        {
            await ch.QueueBindAsync(queue, EntryMessages.Exchange, key, cancellationToken: ct);
        }
    }

    private async Task DeclareQueue(string queue, CancellationToken ct)
    {
        if (declared.Contains(queue))
        {
            return;
        }

        var ch = await Channel(ct);
        await ch.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        declared.Add(queue);
    }

    private async Task Send(string exchange, string routingKey, TimelineEntryPublished message, CancellationToken ct) =>
        await Send(exchange, routingKey, Encode(message), ct);

    private async Task Send(string exchange, string routingKey, Encoded encoded, CancellationToken ct)
    {
        var ch = await Channel(ct);
        await ch.BasicPublishAsync(exchange, routingKey, mandatory: false, encoded.Properties, encoded.Body, ct);
    }

    /// <summary>A message ready for the wire: its AMQP properties (id, type, persistence) and its JSON body.</summary>
    public sealed record Encoded(BasicProperties Properties, byte[] Body);

    public static Encoded Encode(TimelineEntryPublished message) => new(
        new BasicProperties
        {
            MessageId = message.MessageId.ToString(),
            ContentType = "application/json",
            Type = $"timeline.entry.{message.Kind}",
            Persistent = true,
            Timestamp = new AmqpTimestamp(message.RecordedAt.ToUnixTimeSeconds()),
        },
        JsonSerializer.SerializeToUtf8Bytes(message, TimelineJson.Options));

    private async Task<IChannel> Channel(CancellationToken ct)
    {
        if (channel is { IsOpen: true })
        {
            return channel;
        }

        await gate.WaitAsync(ct);
        try
        {
            if (channel is { IsOpen: true })
            {
                return channel;
            }

            if (connection is not { IsOpen: true })
            {
                connection = await factory.CreateConnectionAsync(ct);
            }

            channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
            await DeclareExchange(channel, ct);
            return channel;
        }
        finally
        {
            gate.Release();
        }
    }

    public static Task DeclareExchange(IChannel channel, CancellationToken ct) =>
        channel.ExchangeDeclareAsync(EntryMessages.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);

    public async ValueTask DisposeAsync()
    {
        if (channel is not null)
        {
            await channel.DisposeAsync();
        }

        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}
