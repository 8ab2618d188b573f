using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Timeline.Contracts;
using Timeline.Core;
using Timeline.Store.Publishing;
using Timeline.Store.Queries;

namespace Timeline.Cli.Commands;

/// <summary>
/// timeline subscribe [--actor CODE | --timeline NAME] [--type PLOVER] [--count N] [--json]: a private auto-delete queue bound to the
/// topic exchange; prints each new-event message once (repeats are recognised by message id).
/// </summary>
public static class SubscribeCommand
{
    public static async Task<int> Run(Args args)
    {
        var actor = args.Option("actor")?.ToUpperInvariant();
        var type = args.Option("type")?.ToUpperInvariant();
        var named = FilterArgs.Timeline(args);
        var count = int.Parse(args.Option("count") ?? "0");
        var json = args.Flag("json");
        args.RejectUnknown();

        await using var connection = await CliConfig.Rabbit.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await RabbitPublisher.DeclareExchange(channel, CancellationToken.None);
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        var keys = named is null ? BindingKeys(actor, type) : TimelineKeys(named, type);
        foreach (var key in keys)
        {
            await channel.QueueBindAsync(queue.QueueName, EntryMessages.Exchange, key);
        }

        var seen = new HashSet<string>();
        var done = new TaskCompletionSource();
        var received = 0;
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var id = delivery.BasicProperties.MessageId ?? "";
            if (seen.Add(id))
            {
                var text = Encoding.UTF8.GetString(delivery.Body.Span);
                if (json)
                {
                    Console.WriteLine(text);
                }
                else
                {
                    var m = JsonSerializer.Deserialize<TimelineEntryPublished>(text, TimelineJson.Options)!;
                    Console.WriteLine($"{m.Kind,-12} {DateDisplay.Format(m.Date),-36} {m.Plover,-10} {delivery.RoutingKey,-40} {m.Summary}");
                }

                if (count > 0 && Interlocked.Increment(ref received) >= count)
                {
                    done.TrySetResult();
                }
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: false, consumer);
        Console.Error.WriteLine($"subscribed to {EntryMessages.Exchange} ({string.Join(", ", keys)}); Ctrl+C to stop");
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; done.TrySetResult(); };
        await done.Task;
        return 0;
    }

    /// <summary>A named timeline as bindings: every pair of its sides, in both directions (us-pakistan: USA or NATO with PAK).</summary>
    public static IReadOnlyList<string> TimelineKeys(NamedTimeline timeline, string? type) =>
        timeline.SideA.SelectMany(a => timeline.SideB.SelectMany(b => new[] { $"entry.*.{type ?? "*"}.{a}.{b}", $"entry.*.{type ?? "*"}.{b}.{a}" })).ToList();

    /// <summary>Routing keys are entry.{kind}.{PLOVER}.{source}.{target}; an actor filter binds both sides.</summary>
    public static IReadOnlyList<string> BindingKeys(string? actor, string? type)
    {
        var t = type ?? "*";
        return actor is null ? [$"entry.*.{t}.*.*"] : [$"entry.*.{t}.{actor}.*", $"entry.*.{t}.*.{actor}"];
    }
}
