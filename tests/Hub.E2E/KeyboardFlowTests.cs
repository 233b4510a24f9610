using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.E2E;

/// <summary>
/// Whole flows done with the keyboard alone: Tab, Shift+Tab, Enter and typing, never a click. The accounts are member
/// accounts of the demo seed that no other test uses.
/// </summary>
[Collection(SharedHubServer.Name)]
public class KeyboardFlowTests(HubServer server)
{
    private const string Password = "Demo!2026hub";
    private const string Founder = "startup-00125@members.hub.demo";
    private const string Investor = "investor-00041@members.hub.demo";

    [Fact]
    public async Task AFounderSavesAMatchAndAsksForAnIntroductionAndTheInvestorAcceptsAndRepliesWithoutAMouse()
    {
        var investorName = await ProfileNameOfAsync(Investor);
        var note = "We build seed-stage robotics for warehouses and would value your view on our round.";

        // The founder signs in, skipping the app bar and the navigation with the skip link.
        var founder = await server.NewPageAsync();
        await founder.OpenAsync("/account/login");
        var skip = founder.Locator(".hub-skip-link");
        await TabToAsync(founder, skip);
        await Expect(skip).ToBeInViewportAsync();
        await founder.Keyboard.PressAsync("Enter");
        await Expect(founder.Locator("#main-content")).ToBeFocusedAsync();
        await SignInAsync(founder, Founder);

        // For you, through the navigation: save the first card; the focus ring shows where the keyboard is.
        await TabToAsync(founder, founder.Locator("nav a[href='/for-you']"));
        await founder.Keyboard.PressAsync("Enter");
        await founder.WaitForURLAsync("**/for-you");
        var card = founder.Locator("[data-testid=recommendation-card]").First;
        await Expect(card).ToBeVisibleAsync();
        var save = card.Locator("[data-testid=save]");
        await TabToAsync(founder, save);
        await Expect(save).ToHaveCSSAsync("outline-style", "solid");
        await founder.Keyboard.PressAsync("Enter");
        await Expect(save).ToContainTextAsync("Saved");

        // Back up to the directory with Shift+Tab, search for the investor and open their profile.
        await TabToAsync(founder, founder.Locator("nav a[href='/directory']").First, backwards: true);
        await founder.Keyboard.PressAsync("Enter");
        await founder.WaitForURLAsync("**/directory");
        await TabToAsync(founder, founder.Locator("#directory-search"));
        await founder.Keyboard.TypeAsync(investorName);
        var profileLink = founder.Locator("[data-testid=profile-card] a", new() { HasText = investorName }).First;
        await Expect(profileLink).ToBeVisibleAsync();
        await TabToAsync(founder, profileLink);
        await founder.Keyboard.PressAsync("Enter");
        await Expect(founder.Locator("#profile-name")).ToHaveTextAsync(investorName);

        // The dialog takes the focus, keeps it while open, and gives it back to the button that opened it.
        var request = founder.Locator("[data-testid=request-intro]");
        await TabToAsync(founder, request);
        await founder.Keyboard.PressAsync("Enter");
        var dialog = founder.Locator(".mud-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(founder.Locator(".mud-dialog :focus")).ToHaveCountAsync(1);
        for (var i = 0; i < 12; i++)
        {
            await founder.Keyboard.PressAsync("Tab");
            // MudBlazor's focus trap wraps through the circuit: from its edge sentinel the focus comes back to a control of
            // the dialog a moment later. Wait for a control to hold the focus before the next Tab, then check where it is.
            await founder.WaitForFunctionAsync(FocusOnAControl, null, new() { Timeout = 5_000 })
                .ContinueWith(_ => Task.CompletedTask, TaskScheduler.Default);
            Assert.True(await FocusIsInsideAsync(founder, ".mud-dialog"),
                $"Tab number {i + 1} left the open dialog for: {await founder.EvaluateAsync<string>("() => document.activeElement?.outerHTML?.slice(0, 300) ?? 'nothing'")}");
        }

        await TabToAsync(founder, founder.Locator("textarea[data-testid=intro-note]"));
        await founder.Keyboard.TypeAsync(note);
        await TabToAsync(founder, founder.Locator("[data-testid=intro-send]"));
        await founder.Keyboard.PressAsync("Enter");
        await Expect(founder.GetByText($"Introduction sent to {investorName}")).ToBeVisibleAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(request).ToBeFocusedAsync();

        // The investor signs in, opens Introductions from the navigation, accepts and replies, all by keyboard.
        var investor = await server.NewPageAsync();
        await investor.OpenAsync("/account/login");
        await SignInAsync(investor, Investor);
        await TabToAsync(investor, investor.Locator("nav a[href='/introductions']"));
        await investor.Keyboard.PressAsync("Enter");
        var entry = investor.Locator("[data-testid=introduction]", new() { HasText = "robotics for warehouses" });
        await Expect(entry).ToBeVisibleAsync();
        await TabToAsync(investor, entry.Locator("[data-testid=accept]"));
        await investor.Keyboard.PressAsync("Enter");
        await investor.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/conversations/\\d+$"));

        await TabToAsync(investor, investor.Locator("textarea[data-testid=message-input]"));
        await investor.Keyboard.TypeAsync("Thanks for reaching out. Does Tuesday at 15:00 work?");
        await TabToAsync(investor, investor.Locator("[data-testid=message-send]"));
        await investor.Keyboard.PressAsync("Enter");
        await Expect(investor.Locator("[data-testid=message]", new() { HasText = "Tuesday at 15:00" })).ToBeVisibleAsync();

        // The founder, still on the investor's profile, is told live that the introduction was accepted.
        await Expect(founder.GetByText("accepted your introduction")).ToBeVisibleAsync();
        await founder.ScreenshotAsync("57-keyboard-introduction-accepted");
    }

    /// <summary>Fills the sign-in form from wherever the focus is, and submits it with Enter.</summary>
    [Fact]
    public async Task AnApplicantAppliesForComputeAndTheProviderScoresAndApprovesItWithoutAMouse()
    {
        var arranged = await ComputeArrangement.OfferAsync(server.Services, "Keyboard GPU hours");

        // The applicant fills the form in field by field; the AI Act switch flips with the space bar.
        var applicant = await server.NewPageAsync();
        await applicant.OpenAsync("/account/login");
        await SignInAsync(applicant, "startup-00126@members.hub.demo");
        await applicant.OpenAsync($"/compute/offers/{arranged.OfferId}/apply");
        await TabToAsync(applicant, applicant.Locator("#application-objective"));
        await applicant.Keyboard.TypeAsync("Train a demand-forecasting model for our energy customers.");
        await TabToAsync(applicant, applicant.Locator("#application-data"));
        await applicant.Keyboard.TypeAsync("Three years of anonymised smart-meter readings from a pilot customer.");
        await TabToAsync(applicant, applicant.Locator("#application-team"));
        await applicant.Keyboard.TypeAsync("Two ML engineers who trained forecasting models on cloud GPUs.");
        await TabToAsync(applicant, applicant.Locator("#application-hours"));
        await applicant.Keyboard.TypeAsync("200");
        await TabToAsync(applicant, applicant.Locator("[data-testid=answer-0] textarea").First);
        await applicant.Keyboard.TypeAsync("JAX on a single node.");
        var generates = applicant.Locator("input[data-testid=risk-GeneratesContent]");
        await TabToAsync(applicant, generates);
        await applicant.Keyboard.PressAsync("Space");
        await Expect(applicant.Locator("[data-testid=risk-class]")).ToHaveTextAsync("Limited risk");
        await TabToAsync(applicant, applicant.Locator("#application-submit"));
        await applicant.Keyboard.PressAsync("Enter");
        await applicant.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/compute/applications/\\d+$"));
        var path = new Uri(applicant.Url).AbsolutePath;

        // The provider scores it with the arrow keys and approves it in full.
        var provider = await server.NewPageAsync();
        await provider.OpenAsync("/account/login");
        await SignInAsync(provider, ComputeArrangement.Provider);
        await provider.OpenAsync(path);
        await TabToAsync(provider, provider.Locator("[data-testid=review-score]"));
        for (var i = 0; i < 5; i++)
        {
            await provider.Keyboard.PressAsync("ArrowRight");
        }

        await TabToAsync(provider, provider.Locator("[data-testid=save-review]"));
        await provider.Keyboard.PressAsync("Enter");
        await Expect(provider.Locator("[data-testid=review-average]")).ToContainTextAsync("5.0 / 5");
        await TabToAsync(provider, provider.Locator("[data-testid=approve-full]"), backwards: true);
        await provider.Keyboard.PressAsync("Enter");
        await Expect(provider.Locator("[data-testid=decision-summary]")).ToContainTextAsync("You approved the 200 GPU-hours a month they asked for");
        await Expect(applicant.Locator("[data-testid=decision-summary]")).ToContainTextAsync("Approved: the 200 GPU-hours a month you asked for");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await TabToAsync(page, page.Locator("#login-email"));
        await page.Keyboard.TypeAsync(email);
        await TabToAsync(page, page.Locator("#login-password"));
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Presses Tab (or Shift+Tab) until <paramref name="target"/> or an element inside it has the focus.</summary>
    private static async Task TabToAsync(IPage page, ILocator target, bool backwards = false)
    {
        await target.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        for (var presses = 0; presses < 120; presses++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await target.EvaluateAsync<bool>("el => el.contains(document.activeElement)"))
            {
                return;
            }
        }

        Assert.Fail($"The keyboard never reached {target}.");
    }

    private const string FocusOnAControl =
        "() => document.activeElement?.matches('button, input, textarea, select, a[href], [role=button], [role=combobox], [role=textbox]') === true";

    private static Task<bool> FocusIsInsideAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("selector => document.activeElement?.closest(selector) !== null", selector);

    private async Task<string> ProfileNameOfAsync(string email)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.ProfileMembers.Where(m => m.UserId == userId).Select(m => m.Profile!.Name).FirstAsync();
    }
}
