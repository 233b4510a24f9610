using Hub.Core.Accounts;
using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Core.Live;
using Hub.Core.Notifications;
using Hub.Web.Live;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>
/// An open page's live subscription (the circuit's <see cref="LiveCircuit"/>): what is published to its user reaches it
/// in process, nobody else's reaches it, a revoked sign-in stops it, and it catches up on what it missed by id.
/// </summary>
public sealed class LivePageTests(HubWebFactory factory) : IClassFixture<HubWebFactory>, IAsyncLifetime
{
    private readonly List<LivePage> _pages = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var page in _pages)
        {
            await page.DisposeAsync();
        }
    }

    private async Task<LivePage> OpenAsync(string? userId)
    {
        var page = await LivePage.OpenAsync(factory.Services, userId);
        _pages.Add(page);
        return page;
    }

    private async Task<(LiveCircuit Circuit, List<NotificationDto> Seen)> OpenPageAsync(string userId)
    {
        var page = await OpenAsync(userId);
        var seen = new List<NotificationDto>();
        page.Circuit.Subscribe<NotificationDto>(n =>
        {
            lock (seen)
            {
                seen.Add(n);
            }
        });
        await page.Circuit.StartAsync();
        Assert.True(page.Circuit.Connected);
        return (page.Circuit, seen);
    }

    private async Task<string> MemberAsync(string prefix) => await factory.CreateMemberAsync($"{prefix}-{Guid.NewGuid():N}@example.com");

    private async Task PublishAsync(LiveAudience audience, AgendaChanged payload)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LivePublisher>().PublishAsync(audience, payload);
    }

    /// <summary>Stores notifications without pushing them, as if they were pushed while the page could not receive them.</summary>
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
    public async Task ANotificationStoredForAUserPopsUpOnEveryPageTheyHaveOpen()
    {
        var userId = await MemberAsync("tabs");
        var (first, seenFirst) = await OpenPageAsync(userId);
        var (_, seenSecond) = await OpenPageAsync(userId);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationService>().NotifyAsync(
                [userId], NotificationType.MessageReceived, "Ada wrote to you", "Shall we meet?", NotificationTarget.Inbox, new { });
        }

        Assert.Equal(["Ada wrote to you"], seenFirst.Select(n => n.Title));
        Assert.Equal(["Ada wrote to you"], seenSecond.Select(n => n.Title));
        Assert.Equal(seenFirst[0].Id, first.LastSeen);
    }

    [Fact]
    public async Task APushForOneUserNeverReachesAnotherUsersPage()
    {
        var addresseeId = await MemberAsync("addressee");
        var addressee = await OpenAsync(addresseeId);
        var bystander = await OpenAsync(await MemberAsync("bystander"));
        var toAddressee = await addressee.StartAsync<AgendaChanged>();
        var toBystander = await bystander.StartAsync<AgendaChanged>();

        await PublishAsync(LiveAudience.User(addresseeId), new AgendaChanged(3, "moved"));

        Assert.Equal("moved", (await LivePage.NextAsync(toAddressee)).Reason);
        Assert.False(toBystander.Reader.TryRead(out _));
    }

    [Fact]
    public async Task AnAnonymousVisitorsPageIsNeverAttachedAndGetsNoPush()
    {
        var anonymous = await OpenAsync(null);
        var received = await anonymous.StartAsync<AgendaChanged>();
        var member = await OpenAsync(await MemberAsync("member"));
        var toMember = await member.StartAsync<AgendaChanged>();

        await PublishAsync(LiveAudience.SignedIn, new AgendaChanged(4, "for everyone signed in"));

        Assert.Equal("for everyone signed in", (await LivePage.NextAsync(toMember)).Reason);
        Assert.False(anonymous.Circuit.Connected);
        Assert.False(received.Reader.TryRead(out _));
        Assert.Equal(0, await anonymous.Circuit.UnreadAsync());
    }

    [Fact]
    public async Task APageSignedInBeforeASignOutEverywhereStopsReceivingPushes()
    {
        var userId = await MemberAsync("revoked");
        var before = await OpenAsync(userId);
        var toBefore = await before.StartAsync<AgendaChanged>();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(userId))!);
        }

        await factory.Services.GetRequiredService<LiveSessions>().RevalidateAsync(userId);
        var after = await OpenAsync(userId);
        var toAfter = await after.StartAsync<AgendaChanged>();
        await PublishAsync(LiveAudience.User(userId), new AgendaChanged(5, "after the sign-out"));

        Assert.Equal("after the sign-out", (await LivePage.NextAsync(toAfter)).Reason);
        Assert.False(before.Circuit.Connected);
        Assert.False(toBefore.Reader.TryRead(out _));
    }

    [Fact]
    public async Task AClosedPageIsLetGoOf()
    {
        var userId = await MemberAsync("closed");
        var circuits = factory.Services.GetRequiredService<LiveCircuits>();
        var page = await LivePage.OpenAsync(factory.Services, userId);
        await page.StartAsync<AgendaChanged>();
        Assert.Single(circuits.Of(userId));

        await page.DisposeAsync();

        Assert.Empty(circuits.Of(userId));
    }

    [Fact]
    public async Task APageThatWasAwayGetsOnlyWhatCameAfterTheLastNotificationItSawInOrder()
    {
        var userId = await MemberAsync("away");
        var old = await StoreWhileAwayAsync(userId, 250);
        var (page, seen) = await OpenPageAsync(userId);
        Assert.Equal(old.Max(), page.LastSeen);

        var missed = await StoreWhileAwayAsync(userId, 3);
        Assert.Equal(3, await page.CatchUpAsync());

        Assert.Equal(missed, seen.Select(n => n.Id));
    }

    [Fact]
    public async Task CatchingUpOnMoreThanOnePageOfNotificationsMissesNone()
    {
        var userId = await MemberAsync("long-away");
        var (page, seen) = await OpenPageAsync(userId);

        var missed = await StoreWhileAwayAsync(userId, 450);
        await page.CatchUpAsync();

        Assert.Equal(missed, seen.Select(n => n.Id));
        Assert.Equal(0, await page.CatchUpAsync());
    }

    [Fact]
    public async Task WhatPreferencesHeldBackArrivesMarkedSoThePageDoesNotPopItUp()
    {
        var userId = await MemberAsync("held");
        var (page, seen) = await OpenPageAsync(userId);

        await StoreWhileAwayAsync(userId, 4, heldBack: i => i % 2 == 0);
        await page.CatchUpAsync();

        Assert.Equal([true, false, true, false], seen.Select(n => n.HeldBack));
    }
}
