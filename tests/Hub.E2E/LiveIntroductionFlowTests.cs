using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Hub.Core.Introductions;
using Hub.Core.Data;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.E2E;

[Collection(SharedHubServer.Name)]
public class LiveIntroductionFlowTests(HubServer server)
{
    [Fact]
    public async Task AnIntroductionAppearsLiveAndBothSidesTalkLive()
    {
        var investor = await server.NewPageAsync();
        await investor.SignInAsync("investor@hub.demo", "Demo!2026hub");
        // Sharing one's e-mail on an accepted introduction is opt-in: the investor opts in first.
        await investor.OpenAsync("/account/notifications");
        var share = investor.GetByLabel("Share my e-mail with profiles we are introduced to");
        if (!await share.IsCheckedAsync())
        {
            await share.CheckAsync();
        }

        await investor.Locator("[data-testid=save-preferences]").ClickAsync();
        await Expect(investor.GetByText("Notification choices saved.")).ToBeVisibleAsync();
        await investor.OpenAsync("/introductions");
        await Expect(investor.Locator("[data-testid=tab-received]")).ToBeVisibleAsync();

        // The startup finds the demo investor's profile and asks for an introduction.
        var startup = await server.NewPageAsync();
        await startup.SignInAsync("startup@hub.demo", "Demo!2026hub");
        await startup.OpenAsync("/my/profiles");
        await startup.OpenAsync("/directory?kind=Investor&sort=Name");
        var investorProfile = await FindDemoInvestorAsync(investor);
        await startup.OpenAsync(investorProfile);
        await startup.Locator("[data-testid=request-intro]").ClickAsync();
        await startup.Locator("textarea[data-testid=intro-note]").FillAsync("Short");
        await startup.Locator("[data-testid=intro-send]").ClickAsync();
        await Expect(startup.GetByText("Write 20 to 1000 characters")).ToBeVisibleAsync();
        await startup.Locator("textarea[data-testid=intro-note]").FillAsync("We are a seed-stage startup and would love to tell you about our round.");
        await startup.Locator("[data-testid=intro-send]").ClickAsync();
        await Expect(startup.GetByText("Introduction sent")).ToBeVisibleAsync();

        // The investor's open page shows it without a reload: badge, snackbar and the inbox entry.
        var entry = investor.Locator("[data-testid=introduction]", new() { HasText = "seed-stage startup" });
        await Expect(entry).ToBeVisibleAsync();
        await Expect(investor.Locator("[data-testid=bell-badge]")).ToContainTextAsync("1");
        await investor.ScreenshotAsync("40-introduction-arrived-live");

        await entry.Locator("[data-testid=accept]").ClickAsync();
        await investor.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/conversations/\\d+$"));
        var conversation = investor.Url;

        await startup.OpenAsync(new Uri(conversation).PathAndQuery);
        await Expect(startup.Locator("[data-testid=shared-contacts]")).ToContainTextAsync("investor@hub.demo");

        await investor.Locator("textarea[data-testid=message-input]").FillAsync("Thanks! Are you free on Thursday?");
        await investor.Locator("[data-testid=message-send]").ClickAsync();
        await Expect(startup.Locator("[data-testid=message]", new() { HasText = "Are you free on Thursday?" })).ToBeVisibleAsync();

        await startup.Locator("textarea[data-testid=message-input]").FillAsync("Thursday at 10 works for us.");
        await startup.Locator("[data-testid=message-send]").ClickAsync();
        await Expect(investor.Locator("[data-testid=message]", new() { HasText = "Thursday at 10 works" })).ToBeVisibleAsync();
        await Expect(startup.Locator("[data-testid=seen]")).ToBeVisibleAsync();
        await startup.ScreenshotAsync("41-conversation-live");
    }

    [Fact]
    public async Task TheDeclineReasonComesWithDecliningAndReachesTheSender()
    {
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            async Task<(string User, int Profile)> Demo(string email)
            {
                var user = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
                return (user, await db.ProfileMembers.Where(m => m.UserId == user).Select(m => m.ProfileId).FirstAsync());
            }

            var (provider, providerProfile) = await Demo("compute@hub.demo");
            var (_, lab) = await Demo("researcher@hub.demo");
            var sent = await scope.ServiceProvider.GetRequiredService<IntroductionService>()
                .SendAsync(provider, providerProfile, lab, "Our GPU call opens next month; your lab's projects would fit it well.", []);
            Assert.True(sent.Succeeded, sent.Message);
        }

        var researcher = await server.NewPageAsync();
        await researcher.SignInAsync("researcher@hub.demo", "Demo!2026hub");
        await researcher.OpenAsync("/introductions");
        var entry = researcher.Locator("[data-testid=introduction]", new() { HasText = "GPU call opens next month" });
        await Expect(entry).ToBeVisibleAsync();
        // Before declining there is no reason box beside Accept.
        await Expect(entry.Locator("[data-testid=decline-reason]")).ToHaveCountAsync(0);

        await entry.Locator("[data-testid=decline]").ClickAsync();
        var panel = entry.Locator("[data-testid=decline-panel]");
        await Expect(panel.Locator("textarea[data-testid=decline-reason]")).ToBeVisibleAsync();
        await Expect(panel.Locator("[data-testid=accept]")).ToHaveCountAsync(0);
        await Expect(entry.Locator("[data-testid=accept]")).ToHaveCountAsync(0);
        await panel.Locator("textarea[data-testid=decline-reason]").FillAsync("We already run on our own cluster this year.");
        await researcher.ScreenshotAsync("43-decline-with-reason");
        await panel.Locator("[data-testid=decline-confirm]").ClickAsync();
        await Expect(entry.Locator("[data-testid=status]")).ToHaveTextAsync("Declined");

        var sender = await server.NewPageAsync();
        await sender.SignInAsync("compute@hub.demo", "Demo!2026hub");
        await sender.OpenAsync("/introductions");
        await sender.GetByRole(AriaRole.Tab, new() { Name = "Sent" }).ClickAsync();
        await Expect(sender.GetByText("Reason: We already run on our own cluster this year.")).ToBeVisibleAsync();
    }

    private static async Task<string> FindDemoInvestorAsync(IPage investor)
    {
        await investor.OpenAsync("/my/profiles");
        var href = await investor.Locator(".mud-card a[href^='/profiles/']").First.GetAttributeAsync("href");
        await investor.OpenAsync("/introductions");
        return href!;
    }
}

[Collection(SharedHubServer.Name)]
public class NotificationSettingsFlowTests(HubServer server)
{
    [Fact]
    public async Task AMemberChoosesADigestAndQuietHoursAndTheyAreKept()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("organiser@hub.demo", "Demo!2026hub");
        await page.OpenAsync("/account/notifications");

        await page.Locator("[data-testid=pref-MessageReceived]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Daily digest" }).ClickAsync();
        await page.GetByLabel("From (hour)").FillAsync("22");
        await page.GetByLabel("To (hour)").FillAsync("7");
        await page.Locator("[data-testid=save-preferences]").ClickAsync();
        await Expect(page.GetByText("Notification choices saved.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("42-notification-settings");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("[data-testid=pref-MessageReceived]")).ToContainTextAsync("Daily digest");
        await Expect(page.GetByLabel("From (hour)")).ToHaveValueAsync("22");
    }
}
