using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.E2E.ScaleOut;

/// <summary>
/// Issue 12 on real servers: two Hub processes on PostgreSQL and Redis behind HAProxy (docs/deploy.md), driven by
/// headless Chromium through the proxy. In the shared server's collection to borrow its browser and never run beside
/// the other browser tests.
/// </summary>
[Collection(SharedHubServer.Name)]
public sealed class ScaleOutTests(HubServer server, ScaleOutTests.Cluster fixture) : IClassFixture<ScaleOutTests.Cluster>, IAsyncLifetime
{
    private readonly HubCluster _cluster = fixture.Hub;
    private ClusterPages _pages = default!;

    public Task InitializeAsync()
    {
        _pages = new ClusterPages(server, _cluster);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _pages.DisposeAsync();

    [Fact]
    public async Task BrowsersThroughTheProxyStayOnOneInstanceAndLandOnBoth()
    {
        var seen = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            var page = await _pages.NewAsync();
            var first = await ClusterPages.InstanceAsync(page, "/");
            Assert.True(first is "a" or "b", $"Served by \"{first}\", not by one of the two instances.");
            seen.Add(first);
            // Every later request of that browser, and its live circuit, stay where the first one landed.
            Assert.Equal(first, await ClusterPages.InstanceAsync(page, "/directory"));
            Assert.Equal(first, await ClusterPages.InstanceAsync(page, "/events"));
            var cookies = await page.Context.CookiesAsync();
            Assert.Equal(first, cookies.Single(c => c.Name == ClusterPages.StickinessCookie).Value);
        }

        Assert.Contains("a", seen);
        Assert.Contains("b", seen);

        // Signing in works on either instance (the sign-in ticket and the cookie's keys are shared).
        foreach (var instance in new[] { "a", "b" })
        {
            var page = await _pages.SignedInAsync("researcher@hub.demo", instance);
            await page.OpenAsync("/my/profiles");
            await Expect(page.Locator(".mud-card a[href^='/profiles/']").First).ToBeVisibleAsync();
            await page.ScreenshotAsync($"80-scale-out-signed-in-on-{instance}");
        }
    }

    [Fact]
    public async Task AnIntroductionSentThroughOneInstanceArrivesLiveOnTheOther()
    {
        var investor = await _pages.SignedInAsync("investor@hub.demo", "b");
        await investor.OpenAsync("/introductions");
        await Expect(investor.Locator("[data-testid=tab-received]")).ToBeVisibleAsync();
        var startup = await _pages.SignedInAsync("startup@hub.demo", "a");

        var (_, investorProfile) = await DemoProfileAsync("investor@hub.demo");
        await IntroduceAsync(startup, investorProfile, "Sent through instance a: we are raising a seed round for our vision models.");

        // The investor's open page on instance b shows it without a reload: entry, badge and pop-up.
        var entry = investor.Locator("[data-testid=introduction]", new() { HasText = "Sent through instance a" });
        await Expect(entry).ToBeVisibleAsync();
        await Expect(investor.Locator("[data-testid=bell-badge]")).ToBeVisibleAsync();
        await investor.ScreenshotAsync("81-scale-out-introduction-arrived-on-b");

        // And the conversation runs live across the two instances, both ways.
        await entry.Locator("[data-testid=accept]").ClickAsync();
        await investor.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/conversations/\\d+$"));
        await startup.OpenAsync(new Uri(investor.Url).PathAndQuery);
        await investor.Locator("textarea[data-testid=message-input]").FillAsync("Written on b: are you free on Thursday?");
        await investor.Locator("[data-testid=message-send]").ClickAsync();
        await Expect(startup.Locator("[data-testid=message]", new() { HasText = "Written on b" })).ToBeVisibleAsync();
        await startup.Locator("textarea[data-testid=message-input]").FillAsync("Written on a: Thursday at ten works.");
        await startup.Locator("[data-testid=message-send]").ClickAsync();
        await Expect(investor.Locator("[data-testid=message]", new() { HasText = "Written on a" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AMeetingReminderFromTheEventDayJobReachesParticipantsOnBothInstancesOnce()
    {
        // An organiser's event with a published meeting between the demo lab and the demo company, whose slot
        // is moved to start in 90 seconds: within the reminder lead, so the event-day job (on whichever instance holds
        // its lease) reminds both people.
        var arrangement = await EventArrangement.CreateAsync(_cluster.Services, "Scale-out reminder morning");
        await arrangement.RegisterAsync("researcher@hub.demo", "company@hub.demo");
        await arrangement.ApprovePendingAsync();
        await arrangement.GenerateAndPublishAsync();
        await using (var scope = _cluster.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var meeting = await db.EventMeetings.Where(m => m.EventId == arrangement.EventId && m.Status == MeetingStatus.Published).OrderBy(m => m.PublishedSlotIndex).FirstAsync();
            var startsAt = DateTime.UtcNow.AddSeconds(90);
            await db.EventSlots.Where(s => s.EventId == arrangement.EventId && s.Index == meeting.PublishedSlotIndex)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, startsAt).SetProperty(x => x.EndsAt, startsAt.AddMinutes(20)));
        }

        var lab = await _pages.SignedInAsync("researcher@hub.demo", "a");
        var company = await _pages.SignedInAsync("company@hub.demo", "b");
        await lab.OpenAsync("/events");
        await company.OpenAsync("/events");

        var patience = new LocatorAssertionsToBeVisibleOptions { Timeout = 75_000 };
        await Expect(lab.GetByText("Next meeting in").First).ToBeVisibleAsync(patience);
        await Expect(company.GetByText("Next meeting in").First).ToBeVisibleAsync(patience);
        await company.ScreenshotAsync("82-scale-out-reminder-on-b");

        await using var check = _cluster.Services.CreateAsyncScope();
        var reminders = await check.ServiceProvider.GetRequiredService<HubDbContext>().Notifications
            .Where(n => n.Type == NotificationType.MeetingReminder && n.Target.Kind == NotificationTargetKind.Event && n.Target.Id == arrangement.EventId)
            .CountAsync();
        Assert.Equal(2, reminders);
    }

    [Fact]
    public async Task AProfileEditedOnOneInstanceIsRankedWithItsNewDataOnTheOther()
    {
        // The startup reads its recommendations on b, narrowed to Ireland, where no demo investor is based.
        var (_, investorProfile) = await DemoProfileAsync("investor@hub.demo");
        var startup = await _pages.SignedInAsync("startup@hub.demo", "b");
        Assert.False(await InvestorsInIrelandShowAsync(startup, investorProfile), "Before the edit the demo investor is not in Ireland.");

        // The investor moves to Ireland, editing the profile on a.
        var investor = await _pages.SignedInAsync("investor@hub.demo", "a");
        await investor.OpenAsync($"/profiles/{investorProfile}/edit");
        await investor.Locator("#wizard-next").ClickAsync();
        await Expect(investor.GetByText("Where to find you")).ToBeVisibleAsync();
        await investor.GetByRole(AriaRole.Combobox, new() { Name = "Country" }).ClickAsync();
        await investor.GetByRole(AriaRole.Option, new() { Name = "Ireland", Exact = true }).ClickAsync();
        // On through the remaining steps to the review, each click waiting for its step to show.
        for (var step = 3; step <= 5; step++)
        {
            await investor.Locator("#wizard-next").ClickAsync();
            await Expect(investor.GetByRole(AriaRole.Progressbar, new() { Name = $"Step {step} of 5" })).ToBeAttachedAsync();
        }

        await investor.Locator("#wizard-save").ClickAsync();
        await investor.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/profiles/{investorProfile}$"));

        // b ranks with the new country: the investor is now the one investor the startup is offered in Ireland. The
        // first request after a change may still be served from the previous snapshot while b rebuilds, so look again
        // for a few seconds, as a person reloading would.
        var shown = false;
        for (var deadline = DateTime.UtcNow.AddSeconds(30); !shown && DateTime.UtcNow < deadline;)
        {
            shown = await InvestorsInIrelandShowAsync(startup, investorProfile);
        }

        Assert.True(shown, "Instance b never ranked the investor with the country saved on a.");
        await startup.ScreenshotAsync("84-scale-out-edit-on-a-ranked-on-b");
        Assert.Equal("b", await ClusterPages.InstanceAsync(startup, "/"));
    }

    /// <summary>
    /// Opens For you, narrows it to Ireland and waits for the narrowed investors list: either its empty state or exactly
    /// the investor's card (the list of every country can still show for a moment while the narrowed one loads).
    /// </summary>
    private static async Task<bool> InvestorsInIrelandShowAsync(IPage page, int investorProfile)
    {
        await page.OpenAsync("/for-you");
        // The country filter is a button that opens a listbox (FilterList), named by its label and its current value.
        await page.GetByRole(AriaRole.Button, new() { Name = "Only in" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Ireland", Exact = true }).ClickAsync();
        var panel = page.GetByRole(AriaRole.Tabpanel, new() { Name = "Investors for your round" });
        var cards = panel.Locator("[data-testid=recommendation-card]");
        var empty = panel.GetByText("Nobody left to suggest here");
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            if (await empty.IsVisibleAsync())
            {
                return false;
            }

            if (await cards.CountAsync() == 1 && await cards.First.GetAttributeAsync("data-profile-id") == investorProfile.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return true;
            }
        }

        throw new TimeoutException("The investors list narrowed to Ireland did not settle.");
    }

    [Fact]
    public async Task WithRedisDownBothInstancesServeAndCrossInstancePushesResumeWhenItReturns()
    {
        var lab = await _pages.SignedInAsync("researcher@hub.demo", "b");
        await lab.OpenAsync("/introductions");
        var company = await _pages.SignedInAsync("company@hub.demo", "a");
        var (_, labProfile) = await DemoProfileAsync("researcher@hub.demo");
        ChildHub? latecomer = null;
        try
        {
            await _cluster.Redis.StopAsync();

            // Both instances keep serving pages and saving; the lab's page on b gets no push from a, but nothing is
            // lost: the stored notification is there when the lab reloads.
            await IntroduceAsync(company, labProfile, "While Redis was down: our robotics team would like to meet your lab.");
            await lab.OpenAsync("/introductions");
            await Expect(lab.Locator("[data-testid=introduction]", new() { HasText = "While Redis was down" })).ToBeVisibleAsync();

            // Local delivery goes on: a person on a gets a push from a at once.
            var sameInstance = await _pages.SignedInAsync("startup@hub.demo", "a");
            await sameInstance.OpenAsync("/introductions");
            await Expect(sameInstance.Locator("[data-testid=tab-received]")).ToBeVisibleAsync();
            var (_, startupProfile) = await DemoProfileAsync("startup@hub.demo");
            await IntroduceAsync(company, startupProfile, "Pushed within instance a while Redis was down: shall we talk pilots?");
            await Expect(sameInstance.Locator("[data-testid=introduction]", new() { HasText = "Pushed within instance a" })).ToBeVisibleAsync();

            // An instance that starts while Redis is down serves too, and joins the others once Redis is back.
            latecomer = await _cluster.StartExtraInstanceAsync("c");
            var onLatecomer = await _pages.NewAsync(baseUrl: latecomer.BaseUrl);
            await onLatecomer.SignInAsync("investor@hub.demo", ClusterPages.Password);
            await onLatecomer.OpenAsync("/introductions");

            await _cluster.Redis.StartAsync();
            await HubCluster.WaitUntilRedisIsBackAsync(_cluster.A, _cluster.B, latecomer);
            await lab.OpenAsync("/introductions");
            // b → a: the lab's answer on b reaches the company's open page on a live again.
            await company.OpenAsync("/introductions");
            await lab.Locator("[data-testid=introduction]", new() { HasText = "While Redis was down" }).Locator("[data-testid=accept]").ClickAsync();
            await Expect(company.GetByText("accepted your introduction").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

            // a → c: the latecomer receives what a sends.
            var (_, investorProfile) = await DemoProfileAsync("investor@hub.demo");
            await IntroduceAsync(company, investorProfile, "After Redis returned: pushed from instance a to the latecomer c.");
            await Expect(onLatecomer.Locator("[data-testid=introduction]", new() { HasText = "After Redis returned" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await onLatecomer.ScreenshotAsync("83-scale-out-latecomer-after-redis-returned");
        }
        finally
        {
            if (!_cluster.Redis.IsRunning)
            {
                await _cluster.Redis.StartAsync();
            }

            if (latecomer is not null)
            {
                await latecomer.DisposeAsync();
            }
        }
    }

    private async Task<(string UserId, int ProfileId)> DemoProfileAsync(string email)
    {
        await using var scope = _cluster.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return (userId, await db.ProfileMembers.Where(m => m.UserId == userId).OrderBy(m => m.ProfileId).Select(m => m.ProfileId).FirstAsync());
    }

    private static async Task IntroduceAsync(IPage page, int profileId, string note)
    {
        await page.OpenAsync($"/profiles/{profileId}");
        await page.Locator("[data-testid=request-intro]").ClickAsync();
        await page.Locator("textarea[data-testid=intro-note]").FillAsync(note);
        await page.Locator("[data-testid=intro-send]").ClickAsync();
        await Expect(page.GetByText("Introduction sent").First).ToBeVisibleAsync();
    }

    /// <summary>One cluster for the class: starting PostgreSQL, Redis, HAProxy and two instances takes a while.</summary>
    public sealed class Cluster : IAsyncLifetime
    {
        public HubCluster Hub { get; } = new();

        public Task InitializeAsync() => Hub.InitializeAsync();

        public Task DisposeAsync() => Hub.DisposeAsync();
    }
}
