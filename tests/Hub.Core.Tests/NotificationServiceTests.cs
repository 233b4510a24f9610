using Hub.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Tests;

public class NotificationServiceTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _sam = default!;
    private Person _ines = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _sam = await _db.PersonAsync("startup@hub.demo");
        _ines = await _db.PersonAsync("investor@hub.demo");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task Notify(NotificationType type, params Person[] people)
    {
        await using var scope = _db.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationService>()
            .NotifyAsync(people.Select(p => p.UserId), type, $"About {type}", "Body", NotificationTarget.Inbox, new { type });
    }

    private Task<NotificationChoices> ChoicesOf(Person who) => _db.RunAsync<NotificationPreferences, NotificationChoices>(p => p.ForUserAsync(who.UserId));

    private async Task<Outcome> Choose(Person who, Func<NotificationChoices, NotificationChoices> change)
    {
        var choices = change(await ChoicesOf(who));
        return await _db.RunAsync<NotificationPreferences, Outcome>(p => p.SaveAsync(who.UserId, choices));
    }

    private static NotificationChoices Deliver(NotificationChoices choices, NotificationType type, DeliveryPreference delivery) =>
        choices with { Delivery = new Dictionary<NotificationType, DeliveryPreference>(choices.Delivery) { [type] = delivery } };

    private IReadOnlyList<NotificationDto> PushedTo(Person who) => _db.Pushes.To<NotificationDto>(who.UserId);

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DeliveryPreference.Off)]
    [InlineData(DeliveryPreference.DailyDigest)]
    public async Task ATypeHeldBackByPreferenceIsStoredButNotPushed(DeliveryPreference delivery)
    {
        Assert.True((await Choose(_sam, c => Deliver(c, NotificationType.IntroductionReceived, delivery))).Succeeded);

        await Notify(NotificationType.IntroductionReceived, _sam, _ines);
        await Notify(NotificationType.MessageReceived, _sam);

        var stored = await _db.NotificationsOfAsync(_sam.UserId);
        Assert.Equal([(NotificationType.IntroductionReceived, false), (NotificationType.MessageReceived, true)], stored.Select(n => (n.Type, n.Pushed)));
        Assert.Equal([nameof(NotificationType.MessageReceived)], PushedTo(_sam).Select(n => n.Type));
        Assert.Equal([nameof(NotificationType.IntroductionReceived)], PushedTo(_ines).Select(n => n.Type));
        Assert.True(Assert.Single(await _db.NotificationsOfAsync(_ines.UserId)).Pushed);
    }

    [Fact]
    public async Task QuietHoursHoldPushesBackButStillStoreThem()
    {
        Assert.True((await Choose(_sam, c => c with { QuietFrom = 22, QuietTo = 7, TimeZone = "UTC" })).Succeeded);

        _db.Clock.SetUtcNow(At(26, 23));
        await Notify(NotificationType.MessageReceived, _sam, _ines);
        _db.Clock.SetUtcNow(At(27, 6, 59));
        await Notify(NotificationType.MessageReceived, _sam);
        Assert.Empty(PushedTo(_sam));
        Assert.Single(PushedTo(_ines));

        _db.Clock.SetUtcNow(At(27, 7));
        await Notify(NotificationType.MessageReceived, _sam);

        Assert.Equal([false, false, true], (await _db.NotificationsOfAsync(_sam.UserId)).Select(n => n.Pushed));
        Assert.Single(PushedTo(_sam));
    }

    [Fact]
    public async Task QuietHoursAreKeptInTheUsersOwnTimeZone()
    {
        Assert.True((await Choose(_sam, c => c with { QuietFrom = 22, QuietTo = 7, TimeZone = "Europe/Luxembourg" })).Succeeded);

        _db.Clock.SetUtcNow(At(26, 21, 30)); // 22:30 in Luxembourg in November
        await Notify(NotificationType.MessageReceived, _sam);
        _db.Clock.SetUtcNow(At(27, 6, 30)); // 07:30 in Luxembourg
        await Notify(NotificationType.MessageReceived, _sam);

        Assert.Equal([false, true], (await _db.NotificationsOfAsync(_sam.UserId)).Select(n => n.Pushed));
    }

    [Fact]
    public async Task RecommendationsArePushedOnlyUpToTheDailyBudget()
    {
        Assert.True((await Choose(_sam, c => c with { RecommendationBudget = 2 })).Succeeded);

        for (var i = 0; i < 3; i++)
        {
            await Notify(NotificationType.Recommendation, _sam);
            _db.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await Notify(NotificationType.MessageReceived, _sam);
        Assert.Equal([true, true, false, true], (await _db.NotificationsOfAsync(_sam.UserId)).Select(n => n.Pushed));

        _db.Clock.Advance(TimeSpan.FromDays(1));
        await Notify(NotificationType.Recommendation, _sam);

        Assert.True((await _db.NotificationsOfAsync(_sam.UserId))[^1].Pushed);
        Assert.Equal(3, PushedTo(_sam).Count(n => n.Type == nameof(NotificationType.Recommendation)));
    }

    [Fact]
    public async Task WithoutAChoiceThreeRecommendationsArePushedADay()
    {
        for (var i = 0; i < 4; i++)
        {
            await Notify(NotificationType.Recommendation, _ines);
        }

        Assert.Equal([true, true, true, false], (await _db.NotificationsOfAsync(_ines.UserId)).Select(n => n.Pushed));
    }

    [Fact]
    public async Task CatchingUpReturnsOnlyTheUsersLaterNotificationsOldestFirst()
    {
        await Notify(NotificationType.IntroductionReceived, _sam);
        await Notify(NotificationType.MessageReceived, _ines);
        await Notify(NotificationType.IntroductionAccepted, _sam);
        await Notify(NotificationType.MessageReceived, _sam);
        var first = (await _db.NotificationsOfAsync(_sam.UserId))[0].Id;

        var after = await _db.RunAsync<NotificationService, IReadOnlyList<NotificationDto>>(s => s.AfterAsync(_sam.UserId, first));

        Assert.Equal([nameof(NotificationType.IntroductionAccepted), nameof(NotificationType.MessageReceived)], after.Select(n => n.Type));
        Assert.True(after[0].Id > first && after[1].Id > after[0].Id);
        var last = await _db.RunAsync<NotificationService, IReadOnlyList<NotificationDto>>(s => s.AfterAsync(_sam.UserId, after[1].Id));
        Assert.Empty(last);
    }

    [Fact]
    public async Task TheDailyDigestGoesOutOnceADayToThoseWhoChoseIt()
    {
        Assert.True((await Choose(_sam, c => Deliver(c, NotificationType.IntroductionReceived, DeliveryPreference.DailyDigest))).Succeeded);
        Assert.True((await Choose(_ines, c => Deliver(c, NotificationType.IntroductionDeclined, DeliveryPreference.DailyDigest))).Succeeded);
        await Notify(NotificationType.IntroductionReceived, _sam, _ines);
        await Notify(NotificationType.IntroductionReceived, _sam);
        await Notify(NotificationType.MessageReceived, _sam);

        Assert.Equal(1, await _db.RunAsync<NotificationService, int>(s => s.SendDigestsAsync()));

        var digest = Assert.Single(await _db.NotificationsOfAsync(_sam.UserId), n => n.Type == NotificationType.Digest);
        Assert.Equal(("Your daily digest: 2 updates", true), (digest.Title, digest.Pushed));
        Assert.Equal(digest.Id, PushedTo(_sam)[^1].Id);
        Assert.DoesNotContain(await _db.NotificationsOfAsync(_ines.UserId), n => n.Type == NotificationType.Digest);

        _db.Clock.Advance(TimeSpan.FromHours(1));
        await Notify(NotificationType.IntroductionReceived, _sam);
        Assert.Equal(0, await _db.RunAsync<NotificationService, int>(s => s.SendDigestsAsync()));
        _db.Clock.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _db.RunAsync<NotificationService, int>(s => s.SendDigestsAsync()));

        var digests = (await _db.NotificationsOfAsync(_sam.UserId)).Where(n => n.Type == NotificationType.Digest).ToList();
        Assert.Equal(["Your daily digest: 2 updates", "Your daily digest: 1 update"], digests.Select(d => d.Title));
    }

    [Fact]
    public async Task TheDailyDigestIsNotPushedDuringQuietHoursButAfterThem()
    {
        // Quiet hours mean nothing is pushed live (NotificationSettings.QuietFrom); a digest is a live push too.
        Assert.True((await Choose(_sam, c => Deliver(c, NotificationType.IntroductionReceived, DeliveryPreference.DailyDigest) with
        {
            QuietFrom = 22, QuietTo = 7, TimeZone = "UTC",
        })).Succeeded);
        _db.Clock.SetUtcNow(At(26, 20));
        await Notify(NotificationType.IntroductionReceived, _sam);

        _db.Clock.SetUtcNow(At(26, 23));
        await _db.RunAsync<NotificationService, int>(s => s.SendDigestsAsync());
        Assert.Empty(PushedTo(_sam));

        _db.Clock.SetUtcNow(At(27, 7));
        await _db.RunAsync<NotificationService, int>(s => s.SendDigestsAsync());
        Assert.Equal([nameof(NotificationType.Digest)], PushedTo(_sam).Select(n => n.Type));
    }

    [Fact]
    public async Task MarkingAllReadLeavesNothingUnreadForThatUserOnly()
    {
        await Notify(NotificationType.IntroductionReceived, _sam, _ines);
        await Notify(NotificationType.MessageReceived, _sam);
        Assert.Equal(2, await _db.RunAsync<NotificationService, int>(s => s.UnreadAsync(_sam.UserId)));

        await _db.RunAsync<NotificationService, bool>(async s =>
        {
            await s.MarkAllReadAsync(_sam.UserId);
            return true;
        });

        Assert.Equal(0, await _db.RunAsync<NotificationService, int>(s => s.UnreadAsync(_sam.UserId)));
        Assert.Equal(1, await _db.RunAsync<NotificationService, int>(s => s.UnreadAsync(_ines.UserId)));
        var after = await _db.RunAsync<NotificationService, IReadOnlyList<NotificationDto>>(s => s.AfterAsync(_sam.UserId, 0));
        Assert.All(after, n => Assert.True(n.Read));
    }

    [Fact]
    public async Task SavedPreferencesAreReadBack()
    {
        var saved = await Choose(_sam, c => Deliver(c, NotificationType.MessageReceived, DeliveryPreference.Off) with
        {
            QuietFrom = 21, QuietTo = 6, TimeZone = "UTC", RecommendationBudget = 7, ShareEmail = false,
        });

        Assert.True(saved.Succeeded, saved.Message);
        var read = await ChoicesOf(_sam);
        Assert.Equal((21, 6, "UTC", 7, false), (read.QuietFrom, read.QuietTo, read.TimeZone, read.RecommendationBudget, read.ShareEmail));
        Assert.Equal(DeliveryPreference.Off, read.Delivery[NotificationType.MessageReceived]);
        Assert.Equal(DeliveryPreference.Live, read.Delivery[NotificationType.IntroductionReceived]);
        // Sam chose not to share; Ines never chose, and sharing is opt-in.
        Assert.Empty(await _db.RunAsync<NotificationPreferences, List<string>>(p => p.SharingEmailAsync([_sam.UserId, _ines.UserId])));
    }

    [Theory]
    [InlineData("QuietFrom")]
    [InlineData("TimeZone")]
    [InlineData("RecommendationBudget")]
    public async Task BadPreferencesAreInvalidAndChangeNothing(string wrongField)
    {
        Assert.True((await Choose(_sam, c => Deliver(c, NotificationType.MessageReceived, DeliveryPreference.Off) with
        {
            QuietFrom = 22, QuietTo = 7, TimeZone = "UTC", RecommendationBudget = 5, ShareEmail = false,
        })).Succeeded);

        var result = await Choose(_sam, c =>
        {
            var changed = Deliver(c, NotificationType.MessageReceived, DeliveryPreference.Live) with { ShareEmail = true, RecommendationBudget = 9 };
            return wrongField switch
            {
                "QuietFrom" => changed with { QuietFrom = 21, QuietTo = null },
                "TimeZone" => changed with { TimeZone = "Mars/Olympus_Mons" },
                _ => changed with { RecommendationBudget = 99 },
            };
        });

        Assert.Equal(OutcomeStatus.Invalid, result.Status);
        Assert.Equal([wrongField], result.Errors.Keys);
        var kept = await ChoicesOf(_sam);
        Assert.Equal((22, 7, "UTC", 5, false), (kept.QuietFrom, kept.QuietTo, kept.TimeZone, kept.RecommendationBudget, kept.ShareEmail));
        Assert.Equal(DeliveryPreference.Off, kept.Delivery[NotificationType.MessageReceived]);
    }
}
