using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.E2E;

[Collection(SharedHubServer.Name)]
public class FoundationFlowTests(HubServer server)
{
    [Fact]
    public async Task ANewcomerRegistersCreatesAStartupProfileAndFindsItInTheDirectory()
    {
        var page = await server.NewPageAsync();
        await page.OpenAsync("/");
        await page.ScreenshotAsync("01-home-anonymous");

        await page.OpenAsync("/account/register");
        await page.Locator("#register-name").FillAsync("Lea Founder");
        await page.Locator("#register-email").FillAsync("lea@orbital.example");
        await page.Locator("#register-password").FillAsync("Orbital-Vision-2026");
        await page.Locator("#register-confirm").FillAsync("Orbital-Vision-2026");
        await page.Locator("#register-submit").ClickAsync();

        // Nobody is signed in until the address is confirmed: the page says where the link went.
        await Expect(page.Locator("#register-sent")).ToContainTextAsync("lea@orbital.example");
        await page.ScreenshotAsync("01b-register-check-inbox");
        var link = new Uri(Assert.Single(server.Mail.To("lea@orbital.example")).Link!);
        await page.GotoAsync(link.PathAndQuery);
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#login-confirmed")).ToBeVisibleAsync();
        await page.Locator("#login-email").FillAsync("lea@orbital.example");
        await page.Locator("#login-password").FillAsync("Orbital-Vision-2026");
        await page.Locator("#login-submit").ClickAsync();

        await page.WaitForURLAsync("**/my/profiles?welcome=1");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#no-profiles")).ToBeVisibleAsync();
        await page.ScreenshotAsync("02-my-profiles-empty");

        await page.Locator("#no-profiles a").ClickAsync();
        await page.WaitForURLAsync("**/profiles/new");
        await Expect(page.Locator("#profile-form")).ToBeVisibleAsync();

        // Step 1: an empty form explains what is missing.
        await page.Locator("#wizard-next").ClickAsync();
        await Expect(page.GetByText("Give the profile a name.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("03-wizard-validation");

        await page.Locator("[data-testid=kind-Startup]").ClickAsync();
        await page.Locator("#profile-name-input").FillAsync("Quasar Orbital Vision");
        await page.Locator("#profile-headline-input").FillAsync("Computer vision for satellite operators");
        await page.Locator("#profile-description-input").FillAsync("We detect anomalies in satellite imagery before they become outages.");
        await page.Locator("#wizard-next").ClickAsync();

        // Step 2: place.
        await Expect(page.GetByText("Where to find you")).ToBeVisibleAsync();
        await page.Locator("#profile-city-input").FillAsync("Esch-sur-Alzette");
        await page.Locator("#profile-website-input").FillAsync("not a website");
        await page.Locator("#wizard-next").ClickAsync();
        await Expect(page.GetByText("Enter a full web address starting with https:// or http://.")).ToBeVisibleAsync();
        await page.Locator("#profile-website-input").FillAsync("https://quasar-orbital.example");
        await page.Locator("#wizard-next").ClickAsync();

        // Step 3: focus.
        await Expect(page.GetByText("What you offer and seek")).ToBeVisibleAsync();
        await page.Locator("[data-testid=seeks-Funding]").ClickAsync();
        await page.Locator("[data-testid=seeks-Compute]").ClickAsync();
        await page.Locator("[data-testid=tags-Sector]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Space" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.ScreenshotAsync("04-wizard-focus");
        await page.Locator("#wizard-next").ClickAsync();

        // Step 4: startup details.
        await Expect(page.GetByText("Startup details")).ToBeVisibleAsync();
        await page.Locator("[data-testid=startup-stage]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Seed", Exact = true }).ClickAsync();
        await page.Locator("#startup-raise").FillAsync("1200000");
        await page.Locator("#startup-team").FillAsync("7");
        await page.Locator("#wizard-next").ClickAsync();

        // Step 5: review and save.
        await Expect(page.Locator("#profile-review")).ToContainTextAsync("Quasar Orbital Vision");
        await page.Locator("#wizard-save").ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/profiles/\\d+$"));
        await Expect(page.Locator("#profile-name")).ToHaveTextAsync("Quasar Orbital Vision");
        await Expect(page.Locator("#profile-facts")).ToContainTextAsync("€1.2M");
        await page.ScreenshotAsync("05-profile-created");

        await page.OpenAsync("/directory");
        await page.Locator("#directory-search").FillAsync("Quasar orbital");
        await page.WaitForURLAsync("**/directory?q=Quasar*");
        var card = page.Locator("[data-testid=profile-card]").First;
        await Expect(card).ToContainTextAsync("Quasar Orbital Vision");
        await Expect(page.Locator("#directory-total")).ToHaveTextAsync("1 profile");
        await page.ScreenshotAsync("06-directory-finds-it");
    }

    [Fact]
    public async Task ADemoInvestorFiltersTheDirectoryByStageAndSector()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("investor@hub.demo", "Demo!2026hub");
        await Expect(page.GetByText("Welcome back")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=my-profile-card]")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("10-investor-dashboard");

        await page.OpenAsync("/directory");
        var allText = await page.Locator("#directory-total").TextContentAsync();

        await page.Locator("[data-testid=kind-Startup]").ClickAsync();
        await page.WaitForURLAsync("**kind=Startup*");

        await page.Locator("[data-testid=filter-stage]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Seed", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**stage=Seed*");

        await page.Locator("[data-testid=filter-Sector]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Fintech" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForURLAsync("**tag=fintech*");

        var cards = page.Locator("[data-testid=profile-card]");
        await Expect(cards.First).ToBeVisibleAsync();
        // The list re-renders after the address changes: wait until no card from before the sector filter is left.
        await Expect(cards.Filter(new() { HasNotText = "Fintech" })).ToHaveCountAsync(0);
        Assert.NotEqual(allText, await page.Locator("#directory-total").TextContentAsync());
        foreach (var facts in await page.Locator("[data-testid=card-facts]").AllTextContentsAsync())
        {
            Assert.StartsWith("Seed", facts, StringComparison.Ordinal);
        }

        foreach (var text in await cards.AllTextContentsAsync())
        {
            Assert.Contains("Fintech", text, StringComparison.Ordinal);
            Assert.Contains("Startup", text, StringComparison.Ordinal);
        }

        await page.ScreenshotAsync("11-directory-filtered");

        // The filters live in the address, so the view can be shared and survives a reload.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(cards.First).ToBeVisibleAsync();
        Assert.Contains("stage=Seed", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDirectoryWorksOnAPhoneAndInDarkMode()
    {
        var page = await server.NewPageAsync(390, 844);
        await page.OpenAsync("/directory?kind=Investor");
        await Expect(page.Locator("[data-testid=profile-card]").First).ToBeVisibleAsync();
        await page.Locator("#dark-mode-toggle").ClickAsync();
        await Expect(page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(15, 19, 32)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(HubServer.ScreenshotFolder, "20-phone-dark-directory.png") });

        // The choice is remembered on the next visit.
        await page.OpenAsync("/");
        await Expect(page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(15, 19, 32)");
    }

    [Fact]
    public async Task AWrongPasswordGetsAClearMessageAndSignOutWorks()
    {
        var page = await server.NewPageAsync();
        await page.OpenAsync("/account/login");
        await page.Locator("#login-email").FillAsync("company@hub.demo");
        await page.Locator("#login-password").FillAsync("not-the-password");
        await page.Locator("#login-submit").ClickAsync();
        await Expect(page.Locator("#login-error")).ToHaveTextAsync("Email or password is wrong.");

        await page.SignInAsync("company@hub.demo", "Demo!2026hub");
        await page.Locator("#account-menu").ClickAsync();
        await page.ScreenshotAsync("12-account-menu");
        await page.Locator("#sign-out").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#sign-in-link")).ToBeVisibleAsync();
    }
}
