using Hub.E2E.ScaleOut;
using System.Threading.Channels;
using Hub.Core.Events;
using Hub.Core.Live;
using Hub.Core.Notifications;
using Hub.Web.ScaleOut;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests.ScaleOut;

/// <summary>
/// Two (or three) real Hub instances on one database and one real redis-server, with real SignalR clients: a push sent
/// on one instance reaches clients of the others; with Redis gone local delivery goes on and nothing throws; when Redis
/// returns, cross-instance delivery resumes, also for an instance that started while it was away.
/// </summary>
public sealed class CrossInstanceLiveTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly List<HubConnection> _connections = [];
    private readonly List<LivePage> _pages = [];
    private readonly List<HubWebFactory> _instances = [];
    private readonly LocalRedis _redis = new();

    public Task InitializeAsync() => _redis.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        foreach (var page in _pages)
        {
            await page.DisposeAsync();
        }

        foreach (var instance in Enumerable.Reverse(_instances))
        {
            await instance.DisposeAsync();
        }

        await _redis.DisposeAsync();
    }

    private HubWebFactory Instance(string name)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Hub:InstanceName"] = name,
            ["ConnectionStrings:Redis"] = _redis.ConnectionString,
            ["Hub:Redis:CheckInterval"] = "00:00:00.200",
            // The default: a shorter one reads a heartbeat late under a loaded test run as Redis gone, and re-subscribes.
            ["Hub:Redis:StaleAfter"] = "00:00:04",
            ["Hub:Recommender:DemoHistory"] = "false",
        };
        if (_instances.Count > 0)
        {
            // The same database as the first instance, whichever provider the run uses.
            foreach (var (key, value) in _instances[0].DatabaseSettings)
            {
                settings[key] = value;
            }
        }

        var factory = HubWebFactory.With(settings);
        _instances.Add(factory);
        _ = factory.Server;
        return factory;
    }

    private async Task<Channel<AgendaChanged>> ConnectAsync(HubWebFactory instance, string email)
    {
        var cookie = await instance.AuthCookieAsync(email);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(instance.Server.BaseAddress, "hubs/live"), o =>
            {
                o.HttpMessageHandlerFactory = _ => instance.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        var received = Channel.CreateUnbounded<AgendaChanged>();
        connection.On<AgendaChanged>(AgendaChanged.Event, a => received.Writer.TryWrite(a));
        await connection.StartAsync();
        _connections.Add(connection);
        return received;
    }

    private static async Task PushAsync(HubWebFactory from, string email, string reason)
    {
        await using var scope = from.Services.CreateAsyncScope();
        var (userId, _) = await from.DemoProfileAsync(email);
        await scope.ServiceProvider.GetRequiredService<LivePublisher>().PublishAsync(LiveAudience.User(userId), new AgendaChanged(7, reason));
    }

    private static async Task<AgendaChanged> NextAsync(Channel<AgendaChanged> channel)
    {
        using var cts = new CancellationTokenSource(Patience);
        return await channel.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Waits until the instance's own heartbeat comes back through Redis (or, with <paramref name="up"/> false, stops).</summary>
    private static async Task LinkAsync(HubWebFactory instance, bool up, int peers = 0)
    {
        var link = instance.Services.GetRequiredService<RedisLink>();
        using var cts = new CancellationTokenSource(Patience);
        while (link.IsUp != up || (up && link.PeersHeard < peers))
        {
            await Task.Delay(50, cts.Token);
        }
    }

    [Fact]
    public async Task APushSentOnOneInstanceReachesTheClientsOfBoth()
    {
        var a = Instance("a");
        var b = Instance("b");
        await LinkAsync(a, up: true, peers: 1);
        await LinkAsync(b, up: true, peers: 1);
        var onA = await ConnectAsync(a, "startup@hub.demo");
        var onB = await ConnectAsync(b, "startup@hub.demo");

        await PushAsync(a, "startup@hub.demo", "from a");

        Assert.Equal("from a", (await NextAsync(onA)).Reason);
        Assert.Equal("from a", (await NextAsync(onB)).Reason);
        // Delivered once on each: the sender does not get its own copy back from Redis.
        await PushAsync(b, "startup@hub.demo", "from b");
        Assert.Equal("from b", (await NextAsync(onA)).Reason);
        Assert.Equal("from b", (await NextAsync(onB)).Reason);
    }

    private async Task<LivePage> OpenPageAsync(HubWebFactory instance, string email)
    {
        var (userId, _) = await instance.DemoProfileAsync(email);
        var page = await LivePage.OpenAsync(instance.Services, userId);
        _pages.Add(page);
        return page;
    }

    [Fact]
    public async Task APushSentOnOneInstanceReachesTheOpenPagesOfBothAsTheRecordSent()
    {
        var a = Instance("a");
        var b = Instance("b");
        await LinkAsync(a, up: true, peers: 1);
        await LinkAsync(b, up: true, peers: 1);
        var onA = await (await OpenPageAsync(a, "startup@hub.demo")).StartAsync<AgendaChanged>();
        var onB = await (await OpenPageAsync(b, "startup@hub.demo")).StartAsync<AgendaChanged>();

        await PushAsync(a, "startup@hub.demo", "from a");

        Assert.Equal(new AgendaChanged(7, "from a"), await LivePage.NextAsync(onA));
        Assert.Equal(new AgendaChanged(7, "from a"), await LivePage.NextAsync(onB));
    }

    [Fact]
    public async Task APageOnTheOtherInstanceCatchesUpOnWhatWasStoredWhileRedisWasDown()
    {
        var a = Instance("a");
        var b = Instance("b");
        await LinkAsync(a, up: true, peers: 1);
        await LinkAsync(b, up: true, peers: 1);
        var page = await OpenPageAsync(b, "startup@hub.demo");
        var onB = await page.StartAsync<NotificationDto>();

        await _redis.StopAsync();
        await LinkAsync(a, up: false);
        await LinkAsync(b, up: false);
        var (userId, _) = await a.DemoProfileAsync("startup@hub.demo");
        await using (var scope = a.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationService>().NotifyAsync(
                [userId], NotificationType.MessageReceived, "Sent while Redis was down", "", NotificationTarget.Inbox, new { });
        }

        Assert.False(onB.Reader.TryRead(out _));
        await _redis.StartAsync();

        Assert.Equal("Sent while Redis was down", (await LivePage.NextAsync(onB)).Title);
    }

    [Fact]
    public async Task WithRedisDownLocalPushesGoOnAndCrossInstanceOnesResumeWhenItReturns()
    {
        var a = Instance("a");
        var b = Instance("b");
        await LinkAsync(a, up: true, peers: 1);
        await LinkAsync(b, up: true, peers: 1);
        var onA = await ConnectAsync(a, "startup@hub.demo");
        var onB = await ConnectAsync(b, "startup@hub.demo");

        await _redis.StopAsync();
        await LinkAsync(a, up: false);
        await PushAsync(a, "startup@hub.demo", "while redis is down");

        Assert.Equal("while redis is down", (await NextAsync(onA)).Reason);
        var ready = await a.CreateClient().GetStringAsync("/health/ready");
        Assert.Contains("\"redis\":{\"status\":\"Degraded\"", ready, StringComparison.Ordinal);

        await _redis.StartAsync();
        await LinkAsync(a, up: true, peers: 1);
        await LinkAsync(b, up: true, peers: 1);
        await PushAsync(a, "startup@hub.demo", "redis is back");

        Assert.Equal("redis is back", (await NextAsync(onA)).Reason);
        // B never got the push sent while Redis was down (its client catches up from the store); the next one arrives.
        Assert.Equal("redis is back", (await NextAsync(onB)).Reason);
    }

    [Fact]
    public async Task AnInstanceStartedWhileRedisWasDownJoinsWhenRedisComesUp()
    {
        var a = Instance("a");
        await LinkAsync(a, up: true);
        var onA = await ConnectAsync(a, "startup@hub.demo");
        await _redis.StopAsync();

        var late = Instance("late");
        var onLate = await ConnectAsync(late, "startup@hub.demo");
        await _redis.StartAsync();
        await LinkAsync(a, up: true, peers: 1);
        await LinkAsync(late, up: true, peers: 1);

        await PushAsync(a, "startup@hub.demo", "to the late one");
        Assert.Equal("to the late one", (await NextAsync(onLate)).Reason);
        await PushAsync(late, "startup@hub.demo", "from the late one");
        Assert.Equal("to the late one", (await NextAsync(onA)).Reason);
        Assert.Equal("from the late one", (await NextAsync(onA)).Reason);
    }
}
