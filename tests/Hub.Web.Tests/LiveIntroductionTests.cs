using System.Net;
using System.Threading.Channels;
using Hub.Core;
using Hub.Core.Conversations;
using Hub.Core.Data;
using Hub.Core.Introductions;
using Hub.Core.Notifications;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Web.Tests;

/// <summary>
/// Introductions and conversations over real SignalR connections to /hubs/live. Each test gets its own freshly seeded hub
/// (default limits, no demo history to train) on a clock it controls, so no test depends on what another one sent.
/// </summary>
public sealed class LiveIntroductionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly List<HubConnection> _connections = [];
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly HubWebFactory factory;

    public LiveIntroductionTests() =>
        factory = HubWebFactory.With(new Dictionary<string, string?>
        {
            ["Hub:Recommender:DemoHistory"] = "false",
            // Short enough that moving the clock past it leaves the test's sign-in cookies (14 days) valid.
            ["Hub:Introductions:ExpiryDays"] = "2",
        }, _clock);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var c in _connections)
        {
            await c.DisposeAsync();
        }

        await factory.DisposeAsync();
    }

    private sealed record Client(HubConnection Connection, Channel<NotificationDto> Notifications, Channel<MessagePosted> Messages);

    private async Task<Client> ConnectAsync(string email)
    {
        var cookie = await factory.AuthCookieAsync(email);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/live"), o =>
            {
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        var notifications = Channel.CreateUnbounded<NotificationDto>();
        var messages = Channel.CreateUnbounded<MessagePosted>();
        connection.On<NotificationDto>("Notification", n => notifications.Writer.TryWrite(n));
        connection.On<MessagePosted>("Message", m => messages.Writer.TryWrite(m));
        await connection.StartAsync();
        _connections.Add(connection);
        return new Client(connection, notifications, messages);
    }

    private static async Task<T> NextAsync<T>(Channel<T> channel)
    {
        using var cts = new CancellationTokenSource(Patience);
        return await channel.Reader.ReadAsync(cts.Token);
    }

    private Task<(string UserId, int ProfileId)> DemoAsync(string email) => factory.DemoProfileAsync(email);

    private Task<T> Introductions<T>(Func<IntroductionService, Task<T>> work) => With(work);

    private Task<T> Conversations<T>(Func<ConversationService, Task<T>> work) => With(work);

    private async Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private const string Note = "We build computer vision for hospitals and are raising a seed round.";

    [Fact]
    public async Task ASentIntroductionReachesTheRecipientLiveAndTheAcceptanceReachesTheSender()
    {
        var (startupUser, startup) = await DemoAsync("startup@hub.demo");
        var (investorUser, investor) = await DemoAsync("researcher@hub.demo");
        var sender = await ConnectAsync("startup@hub.demo");
        var recipient = await ConnectAsync("researcher@hub.demo");

        var sent = await Introductions(s => s.SendAsync(startupUser, startup, investor, Note, ["Both work in Health"]));
        Assert.True(sent.Succeeded, sent.Message);

        var received = await NextAsync(recipient.Notifications);
        Assert.Equal(nameof(NotificationType.IntroductionReceived), received.Type);
        Assert.Equal(NotificationTarget.Introduction(sent.Value), received.Target);

        var accepted = await Introductions(s => s.AcceptAsync(investorUser, sent.Value));
        Assert.True(accepted.Succeeded, accepted.Message);
        var told = await NextAsync(sender.Notifications);
        Assert.Equal(nameof(NotificationType.IntroductionAccepted), told.Type);

        // Both sides now talk live in the conversation.
        var conversation = accepted.Value;
        Assert.True((await Conversations(s => s.SendAsync(investorUser, conversation, "Happy to talk. Thursday?"))).Succeeded);
        Assert.Equal("Happy to talk. Thursday?", (await NextAsync(sender.Messages)).Body);
        Assert.Equal("Happy to talk. Thursday?", (await NextAsync(recipient.Messages)).Body);
        var page = await Conversations(s => s.MessagesAsync(startupUser, conversation));
        Assert.Single(page.Value!);
    }

    [Fact]
    public async Task ARecipientWhoWasOfflineCatchesUpFromTheLastIdItSaw()
    {
        var (companyUser, company) = await DemoAsync("company@hub.demo");
        var (_, compute) = await DemoAsync("compute@hub.demo");
        var before = await ConnectAsync("compute@hub.demo");
        var lastSeen = (await before.Connection.InvokeAsync<IReadOnlyList<NotificationDto>>("CatchUp", 0L)).Select(n => n.Id).DefaultIfEmpty(0).Max();
        await before.Connection.StopAsync();

        var sent = await Introductions(s => s.SendAsync(companyUser, company, compute, Note, []));
        Assert.True(sent.Succeeded, sent.Message);

        var back = await ConnectAsync("compute@hub.demo");
        var missed = await back.Connection.InvokeAsync<IReadOnlyList<NotificationDto>>("CatchUp", lastSeen);
        var introduction = Assert.Single(missed);
        Assert.Equal(NotificationTarget.Introduction(sent.Value), introduction.Target);
        Assert.True(await back.Connection.InvokeAsync<int>("Unread") >= 1);
    }

    [Fact]
    public async Task AnotherUsersConnectionReceivesNothingMeantForSomeoneElse()
    {
        await factory.CreateMemberAsync("eve@example.com");
        var eve = await ConnectAsync("eve@example.com");
        var (founderUser, founderProfile) = await DemoAsync("startup@hub.demo");
        var (_, lab) = await DemoAsync("researcher@hub.demo");
        var (companyUser, company) = await DemoAsync("company@hub.demo");

        // Something for the researcher, then something for Eve: the first thing Eve sees must be her own.
        var (_, eveProfile) = await CreateProfileForAsync("eve@example.com");
        await Introductions(s => s.SendAsync(companyUser, company, lab, Note, []));
        var forEve = await Introductions(s => s.SendAsync(founderUser, founderProfile, eveProfile, Note, []));
        Assert.True(forEve.Succeeded, forEve.Message);

        var first = await NextAsync(eve.Notifications);
        Assert.Equal(NotificationTarget.Introduction(forEve.Value), first.Target);
    }

    private async Task<(string UserId, int ProfileId)> CreateProfileForAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Hub.Core.Accounts.HubUser>>();
        var user = await users.FindByEmailAsync(email);
        var result = await scope.ServiceProvider.GetRequiredService<Hub.Core.Profiles.ProfileEditor>().CreateAsync(user!.Id, new Hub.Core.Profiles.ProfileInput
        {
            Kind = Hub.Core.Profiles.ProfileKind.Company, Name = $"Company of {email}", Headline = "A company trying out Hub", Country = "LU",
            Seeks = Hub.Core.Profiles.Intent.IndustryPartner, Industry = "Retail", CompanySize = Hub.Core.Profiles.CompanySize.Small,
            AiMaturity = Hub.Core.Profiles.AiMaturity.Exploring,
        });
        return (user.Id, result.Value);
    }

    [Fact]
    public async Task NobodyAnswersAnIntroductionAddressedToSomeoneElseOrReadsAnotherConversation()
    {
        var (startupUser, startup) = await DemoAsync("startup@hub.demo");
        var (_, company) = await DemoAsync("company@hub.demo");
        var (investorUser, _) = await DemoAsync("investor@hub.demo");
        var adminUser = await AdminIdAsync();

        var sent = await Introductions(s => s.SendAsync(startupUser, startup, company, Note, []));
        Assert.Equal(OutcomeStatus.Forbidden, (await Introductions(s => s.AcceptAsync(investorUser, sent.Value))).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await Introductions(s => s.AcceptAsync(startupUser, sent.Value))).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await Introductions(s => s.WithdrawAsync(investorUser, sent.Value))).Status);

        var (companyUser, _) = await DemoAsync("company@hub.demo");
        var accepted = await Introductions(s => s.AcceptAsync(companyUser, sent.Value));
        Assert.Equal(OutcomeStatus.NotFound, (await Conversations(s => s.MessagesAsync(investorUser, accepted.Value))).Status);
        Assert.Equal(OutcomeStatus.NotFound, (await Conversations(s => s.MessagesAsync(adminUser, accepted.Value))).Status);
        Assert.Equal(OutcomeStatus.NotFound, (await Conversations(s => s.SendAsync(adminUser, accepted.Value, "hello"))).Status);
    }

    private async Task<string> AdminIdAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Users.Where(u => u.Email == "admin@hub.demo").Select(u => u.Id).SingleAsync();
    }

    [Fact]
    public async Task DuplicatesShortNotesAndBlockedProfilesAreRefused()
    {
        var (researcherUser, lab) = await DemoAsync("researcher@hub.demo");
        var (investorUser, investor) = await DemoAsync("investor@hub.demo");

        Assert.Equal(OutcomeStatus.Invalid, (await Introductions(s => s.SendAsync(researcherUser, lab, investor, "Too short", []))).Status);
        var first = await Introductions(s => s.SendAsync(researcherUser, lab, investor, Note, []));
        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(OutcomeStatus.Conflict, (await Introductions(s => s.SendAsync(researcherUser, lab, investor, Note, []))).Status);
        Assert.Equal(OutcomeStatus.Conflict, (await Introductions(s => s.SendAsync(investorUser, investor, lab, Note, []))).Status);

        Assert.True((await Introductions(s => s.DeclineAsync(investorUser, first.Value, "Not investing in labs"))).Succeeded);
        Assert.True((await With<ProfileBlocking, Outcome>(s => s.BlockAsync(investorUser, investor, lab))).Succeeded);
        var blocked = await Introductions(s => s.SendAsync(researcherUser, lab, investor, Note, []));
        Assert.Equal(OutcomeStatus.Conflict, blocked.Status);
    }

    [Fact]
    public async Task TheDailyCapSaysWhenItIsReached()
    {
        var (userId, profile) = await CreateProfileForAsync(await NewMemberAsync("busy@example.com"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var cap = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<IntroductionRules>>().Value.MaxPerDay;
        var targets = await db.Profiles.Where(p => p.Id != profile).OrderBy(p => p.Id).Select(p => p.Id).Take(cap + 1).ToListAsync();
        for (var i = 0; i < cap; i++)
        {
            var ok = await Introductions(s => s.SendAsync(userId, profile, targets[i], Note, []));
            Assert.True(ok.Succeeded, ok.Message);
        }

        var oneMore = await Introductions(s => s.SendAsync(userId, profile, targets[cap], Note, []));
        Assert.Equal(OutcomeStatus.Conflict, oneMore.Status);
        Assert.Contains($"{cap} introductions", oneMore.Message, StringComparison.Ordinal);
    }

    private async Task<string> NewMemberAsync(string email)
    {
        await factory.CreateMemberAsync(email);
        return email;
    }

    [Fact]
    public async Task ExpiredIntroductionsAreClosedAndBothSidesAreTold()
    {
        var (startupUser, startup) = await DemoAsync("startup@hub.demo");
        var (_, compute) = await DemoAsync("compute@hub.demo");
        var sent = await Introductions(s => s.SendAsync(startupUser, startup, compute, Note, []));
        Assert.True(sent.Succeeded, sent.Message);
        var sender = await ConnectAsync("startup@hub.demo");

        _clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(1, await Introductions(s => s.ExpireDueAsync()));
        var told = await NextAsync(sender.Notifications);
        Assert.Equal(NotificationTarget.Introduction(sent.Value), told.Target);
        Assert.Equal(nameof(NotificationType.IntroductionExpired), told.Type);
        Assert.Equal(OutcomeStatus.Conflict, (await Introductions(s => s.WithdrawAsync(startupUser, sent.Value))).Status);
    }

    [Fact]
    public async Task AnAnonymousNegotiationIsUnauthorized()
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).PostAsync("/hubs/live/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnAnonymousClientCannotConnect()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/live"), o =>
            {
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        _connections.Add(connection);
        var error = await Assert.ThrowsAnyAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    private Task<T> Notifications<T>(Func<NotificationService, Task<T>> work) => With(work);

    private Task<Outcome> SavePreferencesAsync(string userId, Dictionary<NotificationType, DeliveryPreference> delivery, int? from, int? to, string zone,
        int budget, bool shareEmail = true) =>
        With<NotificationPreferences, Outcome>(p => p.SaveAsync(userId, new NotificationChoices(delivery, from, to, zone, budget, shareEmail)));

    private static Dictionary<NotificationType, DeliveryPreference> AllLive() =>
        Enum.GetValues<NotificationType>().Where(t => t != NotificationType.Digest).ToDictionary(t => t, _ => DeliveryPreference.Live);

    [Fact]
    public async Task AnOffPreferenceStoresButDoesNotPushAndADigestSumsUpLater()
    {
        var member = await NewMemberAsync("quiet@example.com");
        var (userId, profile) = await CreateProfileForAsync(member);
        var preferences = AllLive();
        preferences[NotificationType.IntroductionReceived] = DeliveryPreference.DailyDigest;
        Assert.True((await SavePreferencesAsync(userId, preferences, null, null, "UTC", 3)).Succeeded);
        var client = await ConnectAsync(member);

        var (founderUser, founder) = await DemoAsync("startup@hub.demo");
        var sent = await Introductions(s => s.SendAsync(founderUser, founder, profile, Note, []));
        Assert.True(sent.Succeeded, sent.Message);
        Assert.Equal(1, await Notifications(n => n.SendDigestsAsync()));

        // The first live push is the digest, not the held-back introduction; catch-up still has both.
        var first = await NextAsync(client.Notifications);
        Assert.Equal(nameof(NotificationType.Digest), first.Type);
        Assert.Contains("1 update", first.Title, StringComparison.Ordinal);
        var all = await client.Connection.InvokeAsync<IReadOnlyList<NotificationDto>>("CatchUp", 0L);
        Assert.Contains(all, n => n.Type == nameof(NotificationType.IntroductionReceived));
        Assert.Equal(0, await Notifications(n => n.SendDigestsAsync()));
    }

    [Fact]
    public async Task QuietHoursHoldBackLivePushesButKeepTheNotification()
    {
        var member = await NewMemberAsync("night@example.com");
        var (userId, profile) = await CreateProfileForAsync(member);
        Assert.True((await SavePreferencesAsync(userId, AllLive(), 22, 7, "UTC", 3)).Succeeded);
        var client = await ConnectAsync(member);
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.Zero));

        var (founderUser, founder) = await DemoAsync("startup@hub.demo");
        Assert.True((await Introductions(s => s.SendAsync(founderUser, founder, profile, Note, []))).Succeeded);

        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Notifications.SingleAsync(n => n.UserId == userId);
        Assert.False(stored.Pushed);
        // Nothing reached the open connection; the notification waits in the store for catch-up.
        Assert.False(client.Notifications.Reader.TryRead(out _));
        var caughtUp = Assert.Single(await client.Connection.InvokeAsync<IReadOnlyList<NotificationDto>>("CatchUp", 0L));
        Assert.True(caughtUp.HeldBack);

        // After the quiet hours the same kind of notification is pushed again.
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 7, 30, 0, TimeSpan.Zero));
        var (companyUser, company) = await DemoAsync("company@hub.demo");
        Assert.True((await Introductions(s => s.SendAsync(companyUser, company, profile, Note, []))).Succeeded);
        Assert.Equal(nameof(NotificationType.IntroductionReceived), (await NextAsync(client.Notifications)).Type);
    }

    [Fact]
    public async Task RecommendationPushesStopAtTheDailyBudget()
    {
        var userId = await factory.CreateMemberAsync("budget@example.com");
        Assert.True((await SavePreferencesAsync(userId, AllLive(), null, null, "UTC", 2)).Succeeded);
        for (var i = 0; i < 3; i++)
        {
            await Notifications(async n =>
            {
                await n.NotifyAsync([userId], NotificationType.Recommendation, $"New match {i}", "", NotificationTarget.Inbox, new { });
                return true;
            });
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var pushed = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Notifications.Where(n => n.UserId == userId).OrderBy(n => n.Id)
            .Select(n => n.Pushed).ToListAsync();
        Assert.Equal([true, true, false], pushed);
    }

    [Theory]
    [InlineData(22, null, "UTC", 3, "Quiet hours need both")]
    [InlineData(25, 6, "UTC", 3, "Quiet hours need both")]
    [InlineData(22, 6, "Mars/Olympus", 3, "Unknown time zone")]
    [InlineData(22, 6, "UTC", 99, "between 0 and 50")]
    public async Task BadPreferencesAreRefusedAndNothingChanges(int? from, int? to, string zone, int budget, string message)
    {
        var userId = await factory.CreateMemberAsync($"prefs-{Guid.NewGuid():N}@example.com");
        var preferences = AllLive();
        preferences[NotificationType.MessageReceived] = DeliveryPreference.Off;
        var outcome = await SavePreferencesAsync(userId, preferences, from, to, zone, budget);
        Assert.Equal(OutcomeStatus.Invalid, outcome.Status);
        Assert.Contains(message, outcome.Message, StringComparison.Ordinal);
        var saved = await With<NotificationPreferences, NotificationChoices>(p => p.ForUserAsync(userId));
        Assert.Equal(DeliveryPreference.Live, saved.Delivery[NotificationType.MessageReceived]);
        Assert.Null(saved.QuietFrom);
    }

    [Fact]
    public async Task AcceptingSharesOnlyTheContactsEachSideChoseToShare()
    {
        var private_ = await NewMemberAsync("private@example.com");
        var (privateUser, privateProfile) = await CreateProfileForAsync(private_);
        Assert.True((await SavePreferencesAsync(privateUser, AllLive(), null, null, "UTC", 3, shareEmail: false)).Succeeded);
        var (founderUser, founder) = await DemoAsync("startup@hub.demo");
        Assert.True((await SavePreferencesAsync(founderUser, AllLive(), null, null, "UTC", 3, shareEmail: true)).Succeeded);

        var sent = await Introductions(s => s.SendAsync(founderUser, founder, privateProfile, Note, []));
        var accepted = await Introductions(s => s.AcceptAsync(privateUser, sent.Value));

        await using var scope = factory.Services.CreateAsyncScope();
        var header = (await scope.ServiceProvider.GetRequiredService<ConversationService>().HeaderAsync(founderUser, accepted.Value)).Value;
        Assert.Contains("startup@hub.demo", header!.SharedContacts.Select(c => c.Email));
        Assert.DoesNotContain("private@example.com", header.SharedContacts.Select(c => c.Email));
    }
}
