using Hub.Core.Data;
using Hub.Core.Notifications;
using Hub.Web.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Web.Tests;

/// <summary>A page's live connection (the circuit's own client of /hubs/live) catching up after being away.</summary>
public sealed class LiveCatchUpTests(HubWebFactory factory) : IClassFixture<HubWebFactory>, IAsyncLifetime
{
    private readonly List<LiveCircuit> _circuits = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var circuit in _circuits)
        {
            await circuit.DisposeAsync();
        }
    }

    private async Task<(LiveCircuit Circuit, List<NotificationDto> Seen)> OpenPageAsync(string email)
    {
        var circuit = new LiveCircuit(NullLogger<LiveCircuit>.Instance)
        {
            Cookie = await factory.AuthCookieAsync(email),
            ConfigureConnection = o =>
            {
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
            },
        };
        _circuits.Add(circuit);
        var seen = new List<NotificationDto>();
        circuit.Subscribe<NotificationDto>(n =>
        {
            lock (seen)
            {
                seen.Add(n);
            }
        });
        await circuit.StartAsync(factory.Server.BaseAddress);
        Assert.True(circuit.Connected);
        return (circuit, seen);
    }

    /// <summary>Stores notifications without pushing them, as if they were pushed while the page's connection was down.</summary>
    private async Task<List<long>> StoreWhileAwayAsync(string userId, int count, Func<int, bool>? heldBack = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var rows = Enumerable.Range(0, count).Select(i => new Notification
        {
            UserId = userId, Type = NotificationType.MessageReceived, Title = $"Message {i}", Target = NotificationTarget.Inbox,
            CreatedAt = DateTime.UtcNow, Pushed = !(heldBack?.Invoke(i) ?? false),
        }).ToList();
        db.Notifications.AddRange(rows);
        await db.SaveChangesAsync();
        return rows.Select(r => r.Id).ToList();
    }

    [Fact]
    public async Task APageThatWasAwayGetsOnlyWhatCameAfterTheLastNotificationItSawInOrder()
    {
        var email = $"away-{Guid.NewGuid():N}@example.com";
        var userId = await factory.CreateMemberAsync(email);
        var old = await StoreWhileAwayAsync(userId, 250);
        var (page, seen) = await OpenPageAsync(email);
        Assert.Equal(old.Max(), page.LastSeen);

        var missed = await StoreWhileAwayAsync(userId, 3);
        Assert.Equal(3, await page.CatchUpAsync());

        Assert.Equal(missed, seen.Select(n => n.Id));
    }

    [Fact]
    public async Task CatchingUpOnMoreThanOnePageOfNotificationsMissesNone()
    {
        var email = $"long-away-{Guid.NewGuid():N}@example.com";
        var userId = await factory.CreateMemberAsync(email);
        var (page, seen) = await OpenPageAsync(email);

        var missed = await StoreWhileAwayAsync(userId, 450);
        await page.CatchUpAsync();

        Assert.Equal(missed, seen.Select(n => n.Id));
        Assert.Equal(0, await page.CatchUpAsync());
    }

    [Fact]
    public async Task WhatPreferencesHeldBackArrivesMarkedSoThePageDoesNotPopItUp()
    {
        var email = $"held-{Guid.NewGuid():N}@example.com";
        var userId = await factory.CreateMemberAsync(email);
        var (page, seen) = await OpenPageAsync(email);

        await StoreWhileAwayAsync(userId, 4, heldBack: i => i % 2 == 0);
        await page.CatchUpAsync();

        Assert.Equal([true, false, true, false], seen.Select(n => n.HeldBack));
    }
}
