using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Timeline.Contracts;
using Timeline.Core;
using Timeline.Store.Publishing;
using Xunit;

namespace Timeline.Integration.Tests;

public static class Support
{
    private static int counter = Random.Shared.Next(1000, 900_000);

    /// <summary>A short wire story of our own; the number makes each one a different article.</summary>
    public static string UniqueStory() =>
        $"ISLAMABAD, Nov 27 (Reuters) - Pakistan closed the Torkham border crossing to NATO supply convoys on Saturday, leaving {Interlocked.Increment(ref counter)} trucks stranded.";

    public static async Task<(HttpStatusCode Status, Guid ArticleId, string Body)> Submit(this HttpClient api, string text,
        string? published = "2011-11-28", string contentType = "text/plain", string? source = "Test Wire", string? url = null)
    {
        var query = new List<string>();
        if (published is not null) query.Add($"published={published}");
        if (source is not null) query.Add($"source={Uri.EscapeDataString(source)}");
        if (url is not null) query.Add($"url={Uri.EscapeDataString(url)}");
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        var response = await api.PostAsync("/articles?" + string.Join("&", query), content);
        var body = await response.Content.ReadAsStringAsync();
        var id = response.IsSuccessStatusCode ? JsonDocument.Parse(body).RootElement.GetProperty("articleId").GetGuid() : Guid.Empty;
        return (response.StatusCode, id, body);
    }

    /// <summary>The recorded article's entry ids, once the pipeline has stored it.</summary>
    public static async Task<IReadOnlyList<Guid>> WaitForArticle(this HttpClient api, Guid articleId, int seconds = 45)
    {
        var json = await Eventually(async () =>
        {
            var response = await api.GetAsync($"/articles/{articleId}");
            return response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()) : null;
        }, seconds, $"article {articleId} to be recorded");
        return json.RootElement.GetProperty("entryIds").EnumerateArray().Select(e => e.GetGuid()).ToList();
    }

    public static async Task<T> Eventually<T>(Func<Task<T?>> probe, int seconds, string what) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"waited {seconds}s for {what}");
            }

            await Task.Delay(200);
        }
    }
}

public sealed record Received(string MessageId, string RoutingKey, TimelineEntryPublished Message);

/// <summary>A plain AMQP subscriber, as any client would be: its own exclusive queue bound to the topic exchange.</summary>
public sealed class Subscriber : IAsyncDisposable
{
    private IConnection connection = null!;
    private IChannel channel = null!;

    public ConcurrentQueue<Received> Messages { get; } = new();

    public static async Task<Subscriber> Start(ConnectionFactory factory, params string[] bindingKeys)
    {
        var s = new Subscriber();
        s.connection = await factory.CreateConnectionAsync();
        s.channel = await s.connection.CreateChannelAsync();
        await RabbitPublisher.DeclareExchange(s.channel, CancellationToken.None);
        var queue = await s.channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        foreach (var key in bindingKeys.DefaultIfEmpty("entry.#"))
        {
            await s.channel.QueueBindAsync(queue.QueueName, EntryMessages.Exchange, key);
        }

        var consumer = new AsyncEventingBasicConsumer(s.channel);
        consumer.ReceivedAsync += (_, d) =>
        {
            var message = JsonSerializer.Deserialize<TimelineEntryPublished>(d.Body.Span, TimelineJson.Options)!;
            s.Messages.Enqueue(new Received(d.BasicProperties.MessageId!, d.RoutingKey, message));
            return Task.CompletedTask;
        };
        await s.channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return s;
    }

    public Task<Received> WaitFor(Func<Received, bool> match, int seconds = 30) =>
        Support.Eventually(() => Task.FromResult(Messages.FirstOrDefault(match)), seconds, "a new-event message");

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
