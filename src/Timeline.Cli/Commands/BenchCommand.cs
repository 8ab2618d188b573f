using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Timeline.Contracts;
using Timeline.Core;
using Timeline.Store.Publishing;

namespace Timeline.Cli.Commands;

/// <summary>
/// timeline bench [--articles N] [--samples DIR] [--concurrency C]: pushes N articles through the running pipeline and
/// times submission → new-event message; in the same run, raw RabbitMQ publish → consume on the same broker is the baseline.
/// </summary>
public static class BenchCommand
{
    public static async Task<int> Run(Args args)
    {
        var count = int.Parse(args.Option("articles") ?? "200");
        var samplesDir = args.Option("samples") ?? Path.Combine(RepoPaths.Root(), "infra", "samples");
        var concurrency = int.Parse(args.Option("concurrency") ?? "8");
        args.RejectUnknown();

        var samples = Directory.GetFiles(samplesDir).Order().Select(f => (Path: f, Text: File.ReadAllText(f))).ToList();
        if (samples.Count == 0)
        {
            throw new UsageException($"no sample articles in {samplesDir}");
        }

        var averageBytes = (int)samples.Average(s => Encoding.UTF8.GetByteCount(s.Text));
        Console.WriteLine($"broker {CliConfig.Rabbit.HostName}:{CliConfig.Rabbit.Port}, API {CliConfig.Api}, {count} articles, {samples.Count} samples of ~{averageBytes} bytes");

        var baseline = await RawRabbitRate(count * 10, averageBytes);
        var (_, idle50, idle95, idleLost) = await PipelineRun(Math.Min(count, 20), samples, concurrency: 1, waitEach: true);
        var (rate, p50, p95, lost) = await PipelineRun(count, samples, concurrency, waitEach: false);
        lost += idleLost;

        Console.WriteLine();
        Console.WriteLine($"{"measure",-48} {"value",12}");
        Console.WriteLine($"{"baseline: raw RabbitMQ publish→consume msg/s",-48} {baseline,12:F0}");
        Console.WriteLine($"{"one at a time: latency p50 ms (submit → message)",-48} {idle50,12:F0}");
        Console.WriteLine($"{"one at a time: latency p95 ms",-48} {idle95,12:F0}");
        Console.WriteLine($"{$"burst of {count}: articles/s",-48} {rate,12:F1}");
        Console.WriteLine($"{$"burst of {count}: latency p50 ms",-48} {p50,12:F0}");
        Console.WriteLine($"{$"burst of {count}: latency p95 ms",-48} {p95,12:F0}");
        Console.WriteLine($"{"ratio burst articles/s ÷ raw msg/s",-48} {rate / baseline,12:F4}");
        if (lost > 0)
        {
            Console.WriteLine($"{lost} articles produced no new-event message within the time limit");
        }

        return lost == 0 ? 0 : 1;
    }

    /// <summary>Persistent, publisher-confirmed messages of article size through one queue, as fast as the broker takes them.</summary>
    internal static async Task<double> RawRabbitRate(int messages, int size)
    {
        await using var connection = await CliConfig.Rabbit.CreateConnectionAsync();
        await using var consumeChannel = await connection.CreateChannelAsync();
        await using var publishChannel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var queue = (await consumeChannel.QueueDeclareAsync($"timeline-bench-{Guid.NewGuid():N}", durable: true, exclusive: false, autoDelete: true)).QueueName;
        var received = 0;
        var done = new TaskCompletionSource();
        var consumer = new AsyncEventingBasicConsumer(consumeChannel);
        consumer.ReceivedAsync += (_, _) =>
        {
            if (Interlocked.Increment(ref received) == messages)
            {
                done.TrySetResult();
            }

            return Task.CompletedTask;
        };
        await consumeChannel.BasicQosAsync(0, 500, false);
        await consumeChannel.BasicConsumeAsync(queue, autoAck: true, consumer);

        var watch = Stopwatch.StartNew();
        await PublishMany(publishChannel, queue, messages, size, window: 256);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var rate = messages / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"baseline: {messages} raw messages in {watch.Elapsed.TotalSeconds:F2}s");
        return rate;
    }

    /// <summary>Persistent messages of one size to one queue, up to <paramref name="window"/> awaiting the broker's confirmation at once.</summary>
    internal static async Task PublishMany(IChannel channel, string queue, int messages, int size, int window)
    {
        var body = new byte[size];
        var props = new BasicProperties { Persistent = true };
        var inFlight = new List<Task>();
        for (var i = 0; i < messages; i++)
        {
            inFlight.Add(channel.BasicPublishAsync("", queue, false, props, body).AsTask());
            if (inFlight.Count == window)
            {
                await Task.WhenAll(inFlight);
                inFlight.Clear();
            }
        }

        await Task.WhenAll(inFlight);
    }

    private static async Task<(double Rate, double P50, double P95, int Lost)> PipelineRun(int count, List<(string Path, string Text)> samples, int concurrency, bool waitEach)
    {
        await using var connection = await CliConfig.Rabbit.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await RabbitPublisher.DeclareExchange(channel, CancellationToken.None);
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue.QueueName, EntryMessages.Exchange, "entry.#");

        var submittedAt = new ConcurrentDictionary<Guid, long>();
        var arrivedAt = new ConcurrentDictionary<Guid, long>();
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, d) =>
        {
            var message = JsonSerializer.Deserialize<TimelineEntryPublished>(d.Body.Span, TimelineJson.Options)!;
            if (message.ArticleId is { } articleId)
            {
                arrivedAt.TryAdd(articleId, Stopwatch.GetTimestamp());
            }

            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);

        using var http = CliConfig.Http(TimeSpan.FromSeconds(60));
        var run = Guid.NewGuid().ToString("N")[..8];
        var start = Stopwatch.GetTimestamp();
        using var gate = new SemaphoreSlim(concurrency);
        var posts = Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var (path, text) = samples[i % samples.Count];
                var variant = Variant(path, text, $"Filing reference {run}-{i}.");
                var published = Path.GetFileName(path)[..10];
                using var content = new StringContent(variant, Encoding.UTF8, path.EndsWith(".html") ? "text/html" : "text/plain");
                var before = Stopwatch.GetTimestamp();
                var response = await http.PostAsync($"/articles?published={published}&source=bench", content);
                response.EnsureSuccessStatusCode();
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var id = json.RootElement.GetProperty("articleId").GetGuid();
                submittedAt[id] = before;
                for (var waited = 0; waitEach && !arrivedAt.ContainsKey(id) && waited < 300; waited++)
                {
                    await Task.Delay(10);
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(posts);

        var deadline = DateTime.UtcNow.AddSeconds(Math.Max(60, count / 2));
        while (submittedAt.Keys.Any(id => !arrivedAt.ContainsKey(id)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var latencies = submittedAt.Where(p => arrivedAt.ContainsKey(p.Key))
            .Select(p => Stopwatch.GetElapsedTime(p.Value, arrivedAt[p.Key]).TotalMilliseconds)
            .Order()
            .ToList();
        var last = submittedAt.Keys.Where(arrivedAt.ContainsKey).Select(id => arrivedAt[id]).DefaultIfEmpty(start).Max();
        var seconds = Stopwatch.GetElapsedTime(start, last).TotalSeconds;
        Console.WriteLine($"pipeline ({(waitEach ? "one at a time" : "burst")}): {latencies.Count} of {count} articles reached subscribers in {seconds:F2}s");
        return (latencies.Count / seconds, Percentile(latencies, 0.50), Percentile(latencies, 0.95), count - latencies.Count);
    }

    /// <summary>
    /// The same sample again would be refused as a duplicate, so each copy gets a sentence of its own inside the story
    /// (after the page chrome it would be cleaned away, and the copy would still be a duplicate).
    /// </summary>
    private static string Variant(string path, string text, string line)
    {
        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            var p = text.IndexOf("</p>", StringComparison.OrdinalIgnoreCase);
            return p < 0 ? text + $"<p>{line}</p>" : text.Insert(p + 4, $"<p>{line}</p>");
        }

        var firstBreak = text.IndexOf("\n\n", StringComparison.Ordinal);
        var secondBreak = firstBreak < 0 ? -1 : text.IndexOf("\n\n", firstBreak + 2, StringComparison.Ordinal);
        return secondBreak < 0 ? text + "\n\n" + line : text.Insert(secondBreak, "\n\n" + line);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
