using static Microsoft.Playwright.Assertions;

namespace Hub.E2E;

[Collection(SharedHubServer.Name)]
public class RecommendationFlowTests(HubServer server)
{
    [Fact]
    public async Task ADemoStartupSeesExplainedInvestorsAndADismissalRemovesTheCard()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("startup@hub.demo", "Demo!2026hub");
        await page.OpenAsync("/for-you");

        var investors = page.Locator("[data-testid=recommendation-card]");
        await Expect(investors.First).ToBeVisibleAsync();
        await Expect(investors.First.Locator("[data-testid=reasons] li").First).ToBeVisibleAsync();
        var firstReasons = await investors.First.Locator("[data-testid=reasons] li").AllTextContentsAsync();
        Assert.NotEmpty(firstReasons);
        Assert.All(firstReasons, r => Assert.False(string.IsNullOrWhiteSpace(r)));
        // The first list answers the startup's funding need: investors, with reasons in words about its round.
        Assert.Contains(await page.Locator(".mud-tab").AllTextContentsAsync(), t => t.Contains("Investors for your round", StringComparison.Ordinal));
        await page.ScreenshotAsync("30-for-you-startup");

        var dismissed = await investors.First.GetAttributeAsync("data-profile-id");
        var name = await investors.First.Locator("[data-testid=recommendation-name]").TextContentAsync();
        await investors.First.Locator("[data-testid=dismiss]").ClickAsync();
        await page.Locator("[data-testid=dismiss-WrongTicket]").ClickAsync();

        await Expect(page.Locator($"[data-testid=recommendation-card][data-profile-id='{dismissed}']")).ToHaveCountAsync(0);
        await Expect(investors.First).ToBeVisibleAsync();
        await page.ScreenshotAsync("31-for-you-after-dismissal");

        // It stays gone after a reload: the dismissal was stored.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(investors.First).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid=recommendation-card][data-profile-id='{dismissed}']")).ToHaveCountAsync(0);
        Assert.NotNull(name);
    }

    [Fact]
    public async Task SavingACardPutsItOnTheSavedTab()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("researcher@hub.demo", "Demo!2026hub");
        await page.OpenAsync("/for-you");
        var card = page.Locator("[data-testid=recommendation-card]").First;
        await Expect(card).ToBeVisibleAsync();
        var name = (await card.Locator("[data-testid=recommendation-name]").TextContentAsync())!.Trim();

        await card.Locator("[data-testid=save]").ClickAsync();
        await Expect(card.Locator("[data-testid=save]")).ToContainTextAsync("Saved");
        await page.Locator(".mud-tab", new() { HasText = "Saved" }).ClickAsync();
        await Expect(page.Locator("[data-testid=profile-card]", new() { HasText = name })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AProfilePageShowsWhoFitsAndSimilarProfiles()
    {
        var page = await server.NewPageAsync();
        await page.OpenAsync("/profiles/20");
        await Expect(page.Locator("[data-testid=who-fits] a").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=similar] a").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("32-profile-who-fits");
    }

    [Fact]
    public async Task AnAdminSeesModelVersionsAndCanRetrain()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("admin@hub.demo", "Demo!2026hub");
        await page.OpenAsync("/admin/recommender");
        // The demo hub trains its first model from the synthetic history in the background at start-up.
        await Expect(page.Locator("[data-testid=versions]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator("[data-testid=serving]")).ToContainTextAsync("learned");
        var before = await page.Locator("[data-testid=versions] tbody tr").CountAsync();

        await page.Locator("[data-testid=retrain]").ClickAsync();
        await Expect(page.Locator("[data-testid=versions] tbody tr")).ToHaveCountAsync(before + 1, new() { Timeout = 60_000 });
        await Expect(page.Locator("[data-testid=training-progress]")).ToContainTextAsync("serves");
        await page.ScreenshotAsync("33-admin-recommender");
    }

    [Fact]
    public async Task AnAdminEvaluatesPastEventDataFromTwoCsvFiles()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var page = await server.NewPageAsync();
        await page.SignInAsync("admin@hub.demo", "Demo!2026hub");
        await page.OpenAsync("/admin/recommender");

        // Each choice re-renders the panel; wait until the circuit shows it before choosing the next file, as a person would.
        await page.Locator("input[data-testid=participants-upload]").SetInputFilesAsync(Path.Combine(fixtures, "participants.csv"));
        await Expect(page.Locator("[data-testid=participants-file]")).ToHaveTextAsync("participants.csv");
        await page.Locator("input[data-testid=interactions-upload]").SetInputFilesAsync(Path.Combine(fixtures, "interactions.csv"));
        await Expect(page.Locator("[data-testid=interactions-file]")).ToHaveTextAsync("interactions.csv");
        await page.Locator("[data-testid=import-run]").ClickAsync();

        await Expect(page.Locator("[data-testid=import-result]")).ToContainTextAsync("participants matched Hub profiles");
        await Expect(page.Locator("[data-testid=import-evaluation]")).ToContainTextAsync("popularity");
        await page.Locator("[data-testid=import]").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("34-admin-import");
    }

    [Fact]
    public async Task AMemberCannotOpenTheRecommenderAdminPage()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("investor@hub.demo", "Demo!2026hub");
        await page.OpenAsync("/admin/recommender");
        await Expect(page.GetByText("You don't have access to this page")).ToBeVisibleAsync();
    }
}
