using System.Collections.Concurrent;
using System.Diagnostics;
using Marten;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Timeline.Cli.Commands;
using Timeline.Store;
using Timeline.Store.Entries;
using Timeline.Store.Publishing;
using Xunit;

namespace Timeline.Integration.Tests;

/// <summary>
/// A store instance is a real process here (the API's binary), killed with SIGKILL while its subscription publishes. It
/// runs on a schema and a RabbitMQ virtual host of its own, so the suite's own store neither helps nor interferes.
/// </summary>
public sealed class CrashTests(PipelineFixture pipeline)
{
    private const string VirtualHost = "timeline-isolated";

    [Fact]
    public async Task A_store_instance_killed_mid_publish_loses_no_message_and_the_next_one_carries_on()
    {
        var connection = Environment.GetEnvironmentVariable("ConnectionStrings__Timeline")!;
        var schema = $"timeline_crash_{Guid.NewGuid():N}"[..30];
        const int total = 6000;
        var ids = new HashSet<string>();
        await using (var store = TimelineStore.Create(connection, schema))
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            var random = new Random(3);
            for (var done = 0; done < total; done += 1000)
            {
                await using var session = store.LightweightSession();
                for (var i = done; i < done + 1000; i++)
                {
                    var recorded = BenchStoreCommand.Recorded(random, i);
                    session.Events.StartStream<TimelineEntry>(recorded.EntryId, recorded);
                }

                await session.SaveChangesAsync();
            }

            await using var query = store.QuerySession();
            ids = (await query.Events.QueryAllRawEvents().Select(e => e.Id).ToListAsync()).Select(g => g.ToString()).ToHashSet();
        }

        var factory = pipeline.Rabbit;
        var isolated = new ConnectionFactory { HostName = factory.HostName, Port = factory.Port, UserName = factory.UserName, Password = factory.Password, VirtualHost = VirtualHost };
        await using var rabbit = await isolated.CreateConnectionAsync();
        await using var channel = await rabbit.CreateChannelAsync();
        await RabbitPublisher.DeclareExchange(channel, CancellationToken.None);
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, EntryMessages.Exchange, "entry.#");
        var received = new ConcurrentDictionary<string, int>();
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            received.AddOrUpdate(delivery.BasicProperties.MessageId!, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);

        try
        {
            using (var first = StartStore(schema))
            {
                await Until(() => received.Count >= 300, 60, "the first instance to publish");
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }

            var atKill = received.Count;
            Assert.True(atKill < total, $"the first instance published everything ({atKill}) before it was killed: nothing was tested");

            using var second = StartStore(schema);
            await Until(() => ids.IsSubsetOf(received.Keys), 120, $"every message after the crash ({received.Count}/{total}, {atKill} at the kill)");
            second.Kill(entireProcessTree: true);
            Assert.Empty(ids.Except(received.Keys));
            // At-least-once: what the killed instance sent after its last checkpoint may come again, with the same ids.
            Assert.All(received.Keys, id => Assert.Contains(id, ids));
        }
        finally
        {
            await using var conn = new NpgsqlConnection(connection);
            await conn.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop schema if exists {schema} cascade", conn);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The API's own binary, as a second store instance on the isolated schema and virtual host.</summary>
    private Process StartStore(string schema)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
        var dll = Path.Combine(Timeline.Cli.RepoPaths.Root(), "src", "Timeline.Api", "bin", configuration, "net10.0", "Timeline.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{PipelineFixture.FreePort()}";
        start.Environment["RabbitMq__VirtualHost"] = VirtualHost;
        start.Environment["Timeline__Schema"] = schema;
        start.Environment["Timeline__DaemonLockId"] = "7331";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task Until(Func<bool> done, int seconds, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"waited {seconds}s for {what}");
            }

            await Task.Delay(20);
        }
    }
}
