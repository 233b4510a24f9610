using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Hub.Core.Accounts;
using Hub.Core.Notifications;
using Hub.Web.Accounts;
using Hub.Web.Live;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Benchmarks;

/// <summary>
/// Push latency and throughput of /hubs/live: Hub on Kestrel at 127.0.0.1, N WebSocket clients (the .NET SignalR client)
/// signed in as the demo accounts. Latency: a notification stored and pushed by NotificationService (the app's real path)
/// until each of the user's connections receives it. Throughput: bursts through the hub context to every user group.
/// Bounded: fixed client count, fixed number of notifications and bursts, every wait has a time limit.
/// </summary>
public static class PushLatency
{
    public static async Task RunAsync(int clients, int notifications, int bursts)
    {
        var database = Path.Combine(Path.GetTempPath(), $"hub-push-{Guid.NewGuid():N}.db");
        UseHubWebContentRoot();
        await using var factory = new WebApplicationFactory<LiveHub>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Benchmark");
            b.UseSetting("Hub:Seed:Enabled", "true");
            b.UseSetting("ConnectionStrings:Hub", $"Data Source={database}");
            b.UseSetting("Hub:Recommender:DemoHistory", "false");
            // Every demo user signs in at once through /account/complete: far beyond what the abuse limit lets one address do.
            b.UseSetting("Hub:RateLimits:Http:PermitLimit", "1000000");
            b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var cookies = await CookiesAsync(factory, baseUrl);
        Console.WriteLine($"Push: {clients:N0} clients over {cookies.Count} users on {baseUrl}; {Stats.Machine()}");

        var latencies = new ConcurrentBag<double>();
        var received = 0L;
        var connections = new List<HubConnection>(clients);
        var watch = Stopwatch.StartNew();
        var users = cookies.Keys.ToList();
        var connectionsPerUser = new Dictionary<string, int>();
        for (var i = 0; i < clients; i++)
        {
            var user = users[i % users.Count];
            connectionsPerUser[user] = connectionsPerUser.GetValueOrDefault(user) + 1;
            var connection = new HubConnectionBuilder()
                .WithUrl($"{baseUrl}/hubs/live", o =>
                {
                    o.Headers["Cookie"] = cookies[user];
                    // WebSockets straight away: no negotiate request, so one socket per client (5,000 clients fit the fd limit).
                    o.SkipNegotiation = true;
                    o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                })
                .Build();
            connection.On<NotificationDto>("Notification", n =>
            {
                var sent = n.Payload.GetProperty("sent").GetInt64();
                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                Interlocked.Increment(ref received);
            });
            connections.Add(connection);
        }

        await Parallel.ForEachAsync(connections, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (c, ct) => await c.StartAsync(ct));
        Console.WriteLine($"connected {clients:N0} clients in {watch.Elapsed.TotalSeconds:F1} s");

        // Latency through the real path: store, then push; one notification at a time to a random user.
        var rng = new Random(1);
        var expected = 0L;
        for (var i = 0; i < notifications; i++)
        {
            var user = users[rng.Next(users.Count)];
            expected += connectionsPerUser[user];
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<NotificationService>().NotifyAsync([user], NotificationType.MessageReceived,
                "Benchmark", "", NotificationTarget.Inbox, new { sent = Stopwatch.GetTimestamp() });
        }

        await WaitForAsync(() => Interlocked.Read(ref received) >= expected, TimeSpan.FromSeconds(60));
        var sorted = latencies.Order().ToList();
        Console.WriteLine($"latency (stored + pushed, {sorted.Count:N0} deliveries): p50 {Stats.Percentile(sorted, 50):F2} ms, p99 {Stats.Percentile(sorted, 99):F2} ms, max {sorted[^1]:F2} ms (target p99 <= 100 ms at 5,000 clients)");

        // Throughput: bursts to every user group through the hub context (what the publisher does after the store).
        latencies.Clear();
        Interlocked.Exchange(ref received, 0);
        var hub = factory.Services.GetRequiredService<IHubContext<LiveHub>>();
        var burstWatch = Stopwatch.StartNew();
        for (var b = 0; b < bursts; b++)
        {
            foreach (var user in users)
            {
                var dto = NotificationDto.From(new Notification
                {
                    UserId = user, Title = "Burst", PayloadJson = $"{{\"sent\":{Stopwatch.GetTimestamp()}}}", CreatedAt = DateTime.UtcNow,
                });
                await hub.Clients.Group(LiveHub.UserGroup(user)).SendAsync(NotificationDto.Event, dto);
            }
        }

        await WaitForAsync(() => Interlocked.Read(ref received) >= (long)bursts * clients, TimeSpan.FromSeconds(120));
        var elapsed = burstWatch.Elapsed.TotalSeconds;
        var burstSorted = latencies.Order().ToList();
        Console.WriteLine($"throughput: {received:N0} deliveries in {elapsed:F2} s = {received / elapsed:N0} messages/s; latency under load p50 {Stats.Percentile(burstSorted, 50):F1} ms, p99 {Stats.Percentile(burstSorted, 99):F1} ms");

        await Parallel.ForEachAsync(connections, async (c, _) => await c.DisposeAsync());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(database);
    }

    /// <summary>Outside a test project the factory cannot find Hub.Web's content root by itself: the folder above the build output holding Hub.sln.</summary>
    internal static void UseHubWebContentRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Hub.sln")))
        {
            folder = folder.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HUB_WEB", Path.Combine(folder?.FullName ?? ".", "src", "Hub.Web"));
    }

    /// <summary>A signed-in cookie per demo user, through the app's own sign-in completion.</summary>
    internal static async Task<Dictionary<string, string>> CookiesAsync(WebApplicationFactory<LiveHub> factory, string baseUrl)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(baseUrl) };
        await using var scope = factory.Services.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>().Users.Select(u => u.Id).ToListAsync();
        var tickets = scope.ServiceProvider.GetRequiredService<SignInTickets>();
        var cookies = new Dictionary<string, string>();
        foreach (var user in users)
        {
            var nonce = Guid.NewGuid().ToString("N");
            var ticket = await tickets.IssueAsync(new SignInTicket(user, false, "/"), nonce);
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/account/complete?ticket={ticket}");
            request.Headers.Add("Cookie", $"{SignInBrowser.CookieName}={nonce}");
            var response = await http.SendAsync(request);
            cookies[user] = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        }

        return cookies;
    }

    internal static async Task WaitForAsync(Func<bool> done, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!done())
        {
            if (watch.Elapsed > limit)
            {
                Console.WriteLine("(stopped waiting: not every delivery arrived within the time limit)");
                return;
            }

            await Task.Delay(10);
        }
    }
}
