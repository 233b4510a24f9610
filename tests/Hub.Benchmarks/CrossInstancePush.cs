using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Hub.Core.Live;
using Hub.Core.Notifications;
using Hub.E2E.ScaleOut;
using Hub.Web.Live;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Benchmarks;

/// <summary>
/// Cross-instance push (issue 12): two Hub instances on Kestrel at 127.0.0.1 share one database and a real redis-server
/// (the SignalR backplane); N WebSocket clients are split over them so that every user has connections on both.
/// Latency: notifications stored and pushed by instance a (the app's real path), timed until each connection receives
/// them, reported separately for connections on a (local) and on b (through Redis). Throughput: bursts to every user
/// through the app's live transport, sent by both instances at once, then, in the same run, by one instance holding every client.
/// Bounded: fixed client count, notification and burst counts, every wait has a time limit.
/// </summary>
public static class CrossInstancePush
{
    public static async Task RunAsync(int clients, int notifications, int bursts)
    {
        var database = Path.Combine(Path.GetTempPath(), $"hub-push-cluster-{Guid.NewGuid():N}.db");
        PushLatency.UseHubWebContentRoot();
        await using var redis = new LocalRedis();
        await redis.StartAsync();
        await using var a = Instance.Start(database, redis, "a");
        await using var b = Instance.Start(database, redis, "b");
        var instances = new[] { a, b };

        var cookies = await PushLatency.CookiesAsync(a.Factory, a.BaseUrl);
        var users = cookies.Keys.ToList();
        Console.WriteLine($"Cross-instance push: {clients:N0} clients over {users.Count} users, split over 2 instances sharing Redis {redis.ConnectionString}; {Stats.Machine()}");

        var latencies = new[] { new ConcurrentBag<double>(), new ConcurrentBag<double>() };
        var received = 0L;
        var connectionsPerUser = new Dictionary<string, int>();
        var connections = new List<HubConnection>(clients);
        for (var i = 0; i < clients; i++)
        {
            // Alternate instances per connection and users per pair of connections: each user is on both instances.
            var user = users[(i / 2) % users.Count];
            var on = i % 2;
            connectionsPerUser[user] = connectionsPerUser.GetValueOrDefault(user) + 1;
            connections.Add(Connect(instances[on].BaseUrl, cookies[user], latencies[on], () => Interlocked.Increment(ref received)));
        }

        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(connections, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (c, ct) => await c.StartAsync(ct));
        Console.WriteLine($"connected {clients:N0} clients in {watch.Elapsed.TotalSeconds:F1} s");

        // Latency through the real path on instance a: store, then push (locally and through Redis to b).
        var rng = new Random(1);
        var expected = 0L;
        for (var i = 0; i < notifications; i++)
        {
            var user = users[rng.Next(users.Count)];
            expected += connectionsPerUser.GetValueOrDefault(user);
            await using var scope = a.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<NotificationService>().NotifyAsync([user], NotificationType.MessageReceived,
                "Benchmark", "", NotificationTarget.Inbox, new { sent = Stopwatch.GetTimestamp() });
        }

        await PushLatency.WaitForAsync(() => Interlocked.Read(ref received) >= expected, TimeSpan.FromSeconds(60));
        Report("latency, receivers on a (same instance)", latencies[0]);
        Report("latency, receivers on b (through Redis)", latencies[1]);
        Console.WriteLine($"delivered {Interlocked.Read(ref received):N0} of {expected:N0} (target: cross-instance p99 <= 150 ms at 5,000 clients)");

        // Throughput, two instances: a sends to half of the users, b to the other half, at the same time.
        var two = await BurstAsync(() => Task.WhenAll(
            SendBurstsAsync(a, users.Where((_, i) => i % 2 == 0).ToList(), bursts),
            SendBurstsAsync(b, users.Where((_, i) => i % 2 == 1).ToList(), bursts)), latencies, () => Interlocked.Exchange(ref received, 0), () => Interlocked.Read(ref received), (long)bursts * clients);
        Console.WriteLine($"throughput, two instances: {two.Deliveries:N0} deliveries in {two.Seconds:F2} s = {two.Deliveries / two.Seconds:N0} messages/s; p50 {two.P50:F1} ms, p99 {two.P99:F1} ms");

        // Throughput, one instance in the same run: b's clients move to a, and a alone sends every burst.
        var onB = connections.Where((_, i) => i % 2 == 1).ToList();
        await Parallel.ForEachAsync(onB, async (c, _) => await c.DisposeAsync());
        await b.DisposeAsync();
        var moved = new List<HubConnection>();
        for (var i = 1; i < clients; i += 2)
        {
            moved.Add(Connect(a.BaseUrl, cookies[users[(i / 2) % users.Count]], latencies[0], () => Interlocked.Increment(ref received)));
        }

        await Parallel.ForEachAsync(moved, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (c, ct) => await c.StartAsync(ct));
        var one = await BurstAsync(() => SendBurstsAsync(a, users, bursts), latencies, () => Interlocked.Exchange(ref received, 0), () => Interlocked.Read(ref received), (long)bursts * clients);
        Console.WriteLine($"throughput, one instance:  {one.Deliveries:N0} deliveries in {one.Seconds:F2} s = {one.Deliveries / one.Seconds:N0} messages/s; p50 {one.P50:F1} ms, p99 {one.P99:F1} ms");
        Console.WriteLine($"two instances / one instance: {two.Deliveries / two.Seconds / (one.Deliveries / one.Seconds):F2}x (both in one process on this machine's cores)");

        await Parallel.ForEachAsync(connections.Where((_, i) => i % 2 == 0).Concat(moved), async (c, _) => await c.DisposeAsync());
        await a.DisposeAsync();
        await b.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static HubConnection Connect(string baseUrl, string cookie, ConcurrentBag<double> latencies, Action counted)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl($"{baseUrl}/hubs/live", o =>
            {
                o.Headers["Cookie"] = cookie;
                o.SkipNegotiation = true;
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
            })
            .Build();
        connection.On<NotificationDto>("Notification", n =>
        {
            latencies.Add(Stopwatch.GetElapsedTime(n.Payload.GetProperty("sent").GetInt64()).TotalMilliseconds);
            counted();
        });
        return connection;
    }

    private static async Task SendBurstsAsync(Instance from, IReadOnlyList<string> users, int bursts)
    {
        // The app's own transport: this instance's connections first, then the other instances' through Redis.
        var transport = from.Factory.Services.GetRequiredService<ILiveTransport>();
        for (var b = 0; b < bursts; b++)
        {
            foreach (var user in users)
            {
                var dto = NotificationDto.From(new Notification
                {
                    UserId = user, Title = "Burst", PayloadJson = $"{{\"sent\":{Stopwatch.GetTimestamp()}}}", CreatedAt = DateTime.UtcNow,
                });
                await transport.SendAsync([user], NotificationDto.Event, dto);
            }
        }
    }

    private static async Task<(long Deliveries, double Seconds, double P50, double P99)> BurstAsync(Func<Task> send, ConcurrentBag<double>[] latencies,
        Action reset, Func<long> count, long expected)
    {
        foreach (var bag in latencies)
        {
            bag.Clear();
        }

        reset();
        var watch = Stopwatch.StartNew();
        await send();
        await PushLatency.WaitForAsync(() => count() >= expected, TimeSpan.FromSeconds(120));
        var seconds = watch.Elapsed.TotalSeconds;
        var sorted = latencies.SelectMany(l => l).Order().ToList();
        return (count(), seconds, Stats.Percentile(sorted, 50), Stats.Percentile(sorted, 99));
    }

    private static void Report(string what, ConcurrentBag<double> latencies)
    {
        var sorted = latencies.Order().ToList();
        Console.WriteLine(sorted.Count == 0
            ? $"{what}: nothing received"
            : $"{what} ({sorted.Count:N0} deliveries): p50 {Stats.Percentile(sorted, 50):F2} ms, p99 {Stats.Percentile(sorted, 99):F2} ms, max {sorted[^1]:F2} ms");
    }

    /// <summary>One Hub instance in this process on its own loopback port, on the shared database and Redis.</summary>
    private sealed class Instance : IAsyncDisposable
    {
        private bool _disposed;

        private Instance(WebApplicationFactory<LiveHub> factory, string baseUrl)
        {
            Factory = factory;
            BaseUrl = baseUrl;
        }

        public WebApplicationFactory<LiveHub> Factory { get; }

        public string BaseUrl { get; }

        public static Instance Start(string database, LocalRedis redis, string name)
        {
            var factory = new WebApplicationFactory<LiveHub>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Benchmark");
                b.UseSetting("Hub:Seed:Enabled", "true");
                b.UseSetting("ConnectionStrings:Hub", $"Data Source={database}");
                b.UseSetting("ConnectionStrings:Redis", redis.ConnectionString);
                b.UseSetting("Hub:InstanceName", name);
                b.UseSetting("Hub:Jobs:Enabled", "false");
                // Every demo user signs in at once through /account/complete: far beyond what the abuse limit lets one address do.
                b.UseSetting("Hub:RateLimits:Http:PermitLimit", "1000000");
                b.UseSetting("Hub:Recommender:DemoHistory", "false");
                b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
            });
            factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            return new Instance(factory, factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }

        public async ValueTask DisposeAsync()
        {
            if (!_disposed)
            {
                _disposed = true;
                await Factory.DisposeAsync();
            }
        }
    }
}
