using Hub.E2E.ScaleOut;
using System.Threading.Channels;
using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Core.Jobs;
using Hub.Core.Live;
using Hub.Core.Notifications;
using Hub.Web.ScaleOut;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Web.Tests.ScaleOut;

/// <summary>
/// Two instances on one database and one Redis run their job hosts at the same moment: each periodic job runs on one of
/// them only, and the event day's meeting reminders are stored and pushed once, to a participant connected to either.
/// </summary>
public sealed class JobsAcrossInstancesTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly List<HubWebFactory> _instances = [];
    private readonly List<HubConnection> _connections = [];
    private readonly LocalRedis _redis = new();

    public Task InitializeAsync() => _redis.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
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

        var factory = HubWebFactory.With(settings, _clock);
        _instances.Add(factory);
        _ = factory.Server;
        return factory;
    }

    private static async Task UpAsync(HubWebFactory instance)
    {
        var link = instance.Services.GetRequiredService<RedisLink>();
        using var cts = new CancellationTokenSource(Patience);
        while (!link.IsUp || link.PeersHeard < 1)
        {
            await Task.Delay(50, cts.Token);
        }
    }

    /// <summary>What the client receives, in order: notifications by type, agenda changes by reason.</summary>
    private async Task<Channel<string>> ConnectAsync(HubWebFactory instance, string email)
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
        var received = Channel.CreateUnbounded<string>();
        connection.On<NotificationDto>(NotificationDto.Event, n => received.Writer.TryWrite(n.Type));
        connection.On<AgendaChanged>(AgendaChanged.Event, a => received.Writer.TryWrite(a.Reason));
        await connection.StartAsync();
        _connections.Add(connection);
        return received;
    }

    private static async Task<string> NextAsync(Channel<string> channel)
    {
        using var cts = new CancellationTokenSource(Patience);
        return await channel.Reader.ReadAsync(cts.Token);
    }

    [Fact]
    public async Task EachDueJobRunsOnOneInstanceAndAMeetingReminderIsPushedOnce()
    {
        var a = Instance("a");
        var b = Instance("b");
        await UpAsync(a);
        await UpAsync(b);
        var scenario = await EventScenario.ArrangeAsync(a, _clock.GetUtcNow().UtcDateTime, "startup@hub.demo", "investor@hub.demo");
        await scenario.GenerateAndPublishAsync();
        var startup = scenario.People["startup@hub.demo"].UserId;
        DateTime firstMeeting;
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            firstMeeting = await (from m in db.EventMeetings
                                  join s in db.EventSlots on new { m.EventId, Index = m.PublishedSlotIndex!.Value } equals new { s.EventId, s.Index }
                                  where m.EventId == scenario.EventId && m.Status == MeetingStatus.Published
                                  select s.StartsAt).MinAsync();
        }

        // A minute before the first meeting, on both instances; the participant's page is open on B.
        _clock.SetUtcNow(new DateTimeOffset(firstMeeting.AddMinutes(-1), TimeSpan.Zero));
        var onB = await ConnectAsync(b, "startup@hub.demo");

        var runs = await Task.WhenAll(
            Task.Run(() => a.Services.GetRequiredService<JobHost>().RunDueAsync()),
            Task.Run(() => b.Services.GetRequiredService<JobHost>().RunDueAsync()));

        Assert.Empty(runs[0].Intersect(runs[1]));
        Assert.Equal(a.Services.GetRequiredService<JobRegistry>().JobTypes.Count, runs[0].Count + runs[1].Count);
        Assert.Contains("events.reminders", runs[0].Concat(runs[1]));
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == startup && n.Type == NotificationType.MeetingReminder));
        }

        // Once: until a later push arrives, the page has received one reminder (other jobs may have pushed other things).
        await using (var scope = a.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LivePublisher>().PublishAsync(LiveAudience.User(startup), new AgendaChanged(scenario.EventId, "after the reminder"));
        }

        var received = new List<string>();
        while (received.LastOrDefault() != "after the reminder")
        {
            received.Add(await NextAsync(onB));
        }

        Assert.Single(received, nameof(NotificationType.MeetingReminder));
    }
}
