using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Hub.Core;
using Hub.Core.Compute;
using Hub.Core.Conversations;
using Hub.Core.Data;
using Hub.Core.Events;
using Hub.Core.Introductions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Hub.E2E;

/// <summary>
/// axe-core scans of the main pages, each in light and in dark mode: no serious or critical violation, and one main
/// landmark per page. A failure lists every violation with its rule, impact, help text and the elements it found.
/// </summary>
[Collection(SharedHubServer.Name)]
public class AccessibilityTests(HubServer server, ITestOutputHelper output)
{
    private const string Password = "Demo!2026hub";

    [Fact]
    public async Task PagesASignedOutVisitorSeesHaveNoSeriousViolationsInLightAndDarkMode()
    {
        var scan = await AxeScan.StartAsync(server, output);
        await scan.PageAsync("/", "#ecosystem-figures");
        await scan.PageAsync("/directory", "[data-testid=profile-card]");
        // A filter list draws its options only while open: scan it open too, with the focus on its first option.
        var country = scan.Page.Locator("#filter-country");
        await scan.CurrentAsync("/directory (country list open)",
            open: async () =>
            {
                await country.ClickAsync();
                await Expect(scan.Page.Locator("#filter-country-list [role=option]").First).ToBeFocusedAsync();
            },
            close: async () =>
            {
                await scan.Page.Keyboard.PressAsync("Escape");
                await Expect(country).ToHaveAttributeAsync("aria-expanded", "false");
                await Expect(country).ToBeFocusedAsync();
            },
            screenshot: "57-dark-directory-country-list");
        await scan.PageAsync("/profiles/20", "[data-testid=who-fits] a");
        await scan.PageAsync("/account/login", "#login-email");
        await scan.PageAsync("/account/register", "#register-name", screenshot: "56-dark-register");
        await scan.PageAsync("/events", "h1");
        scan.AssertClean();
    }

    [Fact]
    public async Task PagesAMemberUsesHaveNoSeriousViolationsInLightAndDarkMode()
    {
        var conversation = await ArrangeConversationAsync();
        var scan = await AxeScan.StartAsync(server, output);
        await scan.Page.SignInAsync("startup@hub.demo", Password);

        await scan.PageAsync("/", "[data-testid=my-profile-card]");
        var accountMenu = scan.Page.Locator("#account-menu button");
        await scan.CurrentAsync("/ (account menu)",
            open: async () =>
            {
                await accountMenu.FocusAsync();
                await scan.Page.Keyboard.PressAsync("Enter");
                await Expect(scan.Page.Locator("#sign-out")).ToBeVisibleAsync();
            },
            close: async () =>
            {
                await scan.Page.Keyboard.PressAsync("Escape");
                await Expect(accountMenu).ToHaveAttributeAsync("aria-expanded", "false");
            });
        await scan.PageAsync("/directory", "[data-testid=profile-card]", screenshot: "50-dark-directory");
        await scan.PageAsync(conversation.OwnProfile, "#edit-profile");
        await scan.PageAsync(conversation.OwnProfile + "/edit", "#logo-upload", "/profiles/{id}/edit (logo)");
        await scan.PageAsync(conversation.OtherProfile, "[data-testid=request-intro]");
        await scan.PageAsync("/for-you", "[data-testid=recommendation-card] [data-testid=reasons]", screenshot: "51-dark-for-you");

        // The introduction dialog, opened from a card (and closed again to flip the mode: the overlay covers the toggle).
        var note = scan.Page.Locator("textarea[data-testid=intro-note]");
        await scan.CurrentAsync("/for-you (introduction dialog)",
            open: async () =>
            {
                await scan.Page.Locator("[data-testid=recommendation-card] [data-testid=request-intro]").First.ClickAsync();
                await Expect(note).ToBeVisibleAsync();
            },
            close: async () =>
            {
                await scan.Page.Keyboard.PressAsync("Escape");
                await Expect(note).ToHaveCountAsync(0);
            });

        await scan.PageAsync("/introductions", "[data-testid=introduction] [data-testid=accept]", screenshot: "52-dark-introductions");
        await scan.Page.Locator(".mud-tab", new() { HasText = "Conversations" }).ClickAsync();
        await Expect(scan.Page.Locator("[data-testid=conversation-link]").First).ToBeVisibleAsync();
        await scan.CurrentAsync("/introductions (conversations tab)");
        await scan.PageAsync(conversation.Path, "[data-testid=message] >> nth=1", screenshot: "53-dark-conversation");
        await scan.PageAsync("/account/notifications", "[data-testid=save-preferences]");
        await scan.PageAsync("/account/delete", "#delete-blocked");
        await scan.PageAsync("/my/profiles", ".mud-card a[href^='/profiles/']");

        // The wizard, one step at a time.
        await scan.PageAsync("/profiles/new", "[data-testid=kind-Startup]", "/profiles/new (1. basics)");
        var wizard = scan.Page;
        await wizard.Locator("#wizard-next").ClickAsync();
        await Expect(wizard.GetByText("Give the profile a name.")).ToBeVisibleAsync();
        await scan.CurrentAsync("/profiles/new (1. basics, with errors)");
        await wizard.Locator("[data-testid=kind-Startup]").ClickAsync();
        await wizard.Locator("#profile-name-input").FillAsync("Axe Scan Robotics");
        await wizard.Locator("#profile-headline-input").FillAsync("Robots that check their own accessibility");
        await wizard.Locator("#profile-description-input").FillAsync("A profile typed in by the accessibility scan; it is never saved.");
        await wizard.Locator("#wizard-next").ClickAsync();
        await Expect(wizard.Locator("#profile-city-input")).ToBeVisibleAsync();
        await scan.CurrentAsync("/profiles/new (2. place)", screenshot: "54-dark-wizard-place");
        await wizard.Locator("#profile-city-input").FillAsync("Luxembourg");
        await wizard.Locator("#wizard-next").ClickAsync();
        await Expect(wizard.Locator("[data-testid=seeks-Funding]")).ToBeVisibleAsync();
        await scan.CurrentAsync("/profiles/new (3. focus)");
        await wizard.Locator("[data-testid=seeks-Funding]").ClickAsync();
        await wizard.Locator("[data-testid=tags-Sector]").ClickAsync();
        await wizard.GetByRole(AriaRole.Option, new() { Name = "Space" }).ClickAsync();
        await wizard.Keyboard.PressAsync("Escape");
        await wizard.Locator("#wizard-next").ClickAsync();
        await Expect(wizard.Locator("#startup-raise")).ToBeVisibleAsync();
        await scan.CurrentAsync("/profiles/new (4. details)");
        await wizard.Locator("[data-testid=startup-stage]").ClickAsync();
        await wizard.GetByRole(AriaRole.Option, new() { Name = "Seed", Exact = true }).ClickAsync();
        await wizard.Locator("#startup-raise").FillAsync("800000");
        await wizard.Locator("#startup-team").FillAsync("5");
        await wizard.Locator("#wizard-next").ClickAsync();
        await Expect(wizard.Locator("#profile-review")).ToBeVisibleAsync();
        await scan.CurrentAsync("/profiles/new (5. review)");

        scan.AssertClean();
    }

    [Fact]
    public async Task TheAdminPagesHaveNoSeriousViolationsInLightAndDarkMode()
    {
        var scan = await AxeScan.StartAsync(server, output);
        await scan.Page.SignInAsync("admin@hub.demo", Password);
        await scan.PageAsync("/", "#admin-figures");
        // The demo hub trains its first model in the background at start-up; the versions table appears when it is done.
        await scan.Page.OpenAsync("/admin/recommender");
        await Expect(scan.Page.Locator("[data-testid=versions]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await scan.CurrentAsync("/admin/recommender", screenshot: "55-dark-admin-recommender");
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Hub.Core.Audit.AuditLog>()
                .WriteAsync(Hub.Core.Audit.AuditAction.DatabaseBackedUp, null, "hub-backup.db", "Online backup, for the accessibility scan.");
        }

        await scan.PageAsync("/admin/audit", "[data-testid=audit-table]", screenshot: "58-dark-admin-audit");
        scan.AssertClean();
    }

    [Fact]
    public async Task TheEventPagesAParticipantUsesHaveNoSeriousViolationsInLightAndDarkMode()
    {
        var arranged = await EventArrangement.CreateAsync(server.Services, "Accessible Matchmaking Day");
        var registrations = await arranged.RegisterAsync("researcher@hub.demo", "company@hub.demo");
        await arranged.ApprovePendingAsync();
        await arranged.GenerateAndPublishAsync();
        var id = arranged.EventId;

        var scan = await AxeScan.StartAsync(server, output);
        await scan.Page.SignInAsync("researcher@hub.demo", Password);
        await scan.PageAsync("/events", $"[data-testid=event-card][data-event-id='{id}']");
        await scan.PageAsync($"/events/{id}", "[data-testid=save-participation]", screenshot: "57-dark-event");
        await scan.PageAsync($"/events/{id}/people?as={registrations[0]}", "[data-testid=attendee]");
        await scan.CurrentAsync($"/events/{id}/people (meeting request dialog)",
            open: async () =>
            {
                await scan.Page.Locator("[data-testid=request-meeting]").First.ClickAsync();
                await Expect(scan.Page.Locator("textarea[data-testid=meeting-note]")).ToBeVisibleAsync();
            },
            close: async () =>
            {
                await scan.Page.Keyboard.PressAsync("Escape");
                await Expect(scan.Page.Locator("[data-testid=meeting-request-dialog]")).ToHaveCountAsync(0);
            });
        await scan.PageAsync($"/events/{id}/agenda", "[data-testid=meeting]", screenshot: "58-dark-agenda");
        scan.AssertClean();
    }

    [Fact]
    public async Task TheOrganiserPagesHaveNoSeriousViolationsInLightAndDarkMode()
    {
        var eventId = await ArrangeScheduledEventAsync();
        var scan = await AxeScan.StartAsync(server, output);
        await scan.Page.SignInAsync("organiser@hub.demo", Password);

        await scan.PageAsync("/events/new", "#event-form", screenshot: "57-dark-event-form");
        await scan.PageAsync($"/events/{eventId}/manage/registrations", "[data-testid=registrations]");
        await scan.PageAsync($"/events/{eventId}/manage/schedule", "[data-testid=draft-meeting]", screenshot: "58-dark-event-schedule");
        await scan.PageAsync($"/events/{eventId}/manage/day", "[data-testid=day-figures]");
        await scan.PageAsync($"/events/{eventId}/manage/analytics", "[data-testid=analytics-figures]");
        await scan.PageAsync($"/events/{eventId}/manage/settings", "#screen-url");
        scan.AssertClean();
    }

    [Fact]
    public async Task TheComputePagesHaveNoSeriousViolationsInLightAndDarkMode()
    {
        var (offerId, _) = await ArrangeComputeAsync();
        var scan = await AxeScan.StartAsync(server, output);
        await scan.Page.SignInAsync("startup@hub.demo", Password);
        await scan.PageAsync("/compute?for=all", "[data-testid=offer-card]", screenshot: "59-dark-compute-offers");
        await scan.PageAsync($"/compute/offers/{offerId}", "[data-testid=profile-eligibility] [data-testid=apply]", screenshot: "60-dark-compute-offer");
        await scan.PageAsync("/compute/needs", "[data-testid=need-card] [data-testid=ranked-offer], [data-testid=need-card] [data-testid=no-ranked-offers]",
            screenshot: "61-dark-compute-needs");
        await scan.PageAsync("/compute/needs/new", "#need-form");
        scan.AssertClean();

        var provider = await AxeScan.StartAsync(server, output);
        await provider.Page.SignInAsync("compute@hub.demo", Password);
        await provider.PageAsync($"/compute/offers/{offerId}", "[data-testid=matching-need], [data-testid=matching-needs-empty]", "/compute/offers/{id} (provider)");
        await provider.PageAsync("/compute/offers/new", "#offer-form", screenshot: "62-dark-offer-form");
        var cutOffs = provider.Page.Locator("[data-testid=cut-offs-editor]");
        await provider.CurrentAsync("/compute/offers/new (access call)",
            open: async () =>
            {
                await provider.Page.Locator("[data-testid=mode-AccessCall]").CheckAsync();
                await Expect(cutOffs).ToBeVisibleAsync();
            });
        provider.AssertClean();
    }

    /// <summary>An offer by the demo compute provider open to everyone, and an open need of the demo startup.</summary>
    private async Task<(int OfferId, int NeedId)> ArrangeComputeAsync()
    {
        var (providerUser, provider) = await MemberAsync("compute@hub.demo");
        var (startupUser, startup) = await MemberAsync("startup@hub.demo");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var offer = await WithAsync<ComputeOffers, Outcome<int>>(o => o.CreateAsync(providerUser, provider, new ComputeOfferInput
        {
            Title = "Accessible H100 hours",
            Description = "Eight NVIDIA H100 per node, billed by the GPU-hour.",
            Accelerator = "NVIDIA H100 80GB",
            AcceleratorCount = 8,
            MemoryPerAcceleratorGb = 80,
            GpuHoursPerMonth = 2000,
            PricePerGpuHourEur = 3.1m,
            Certifications = ["ISO 27001"],
            Questions = ["Which framework will you use?"],
            AvailableFrom = today,
            AvailableUntil = today.AddMonths(8),
        }));
        Assert.True(offer.Succeeded, offer.Message);
        var thisMonth = ComputeMonths.Of(today);
        var need = await WithAsync<ComputeNeeds, Outcome<int>>(n => n.CreateAsync(startupUser, startup, new ComputeNeedInput
        {
            Title = "Train an accessible robot-vision model",
            GpuHours = 2400,
            MinMemoryGb = 40,
            FirstMonth = thisMonth.AddMonths(1),
            LastMonth = thisMonth.AddMonths(3),
            BudgetEur = 8000m,
        }));
        Assert.True(need.Succeeded, need.Message);
        return (offer.Value, need.Value);
    }

    [Fact]
    public async Task TheComputeApplicationPagesHaveNoSeriousViolationsInLightAndDarkMode()
    {
        var arranged = await ComputeArrangement.OfferAsync(server.Services, "Accessible GPU hours");
        var scan = await AxeScan.StartAsync(server, output);
        await scan.Page.SignInAsync("startup@hub.demo", Password);
        await scan.PageAsync($"/compute/offers/{arranged.OfferId}/apply", "#application-form", screenshot: "74-dark-compute-application-form");

        var applicationId = await arranged.ApplyAsync("startup@hub.demo");
        await scan.PageAsync($"/compute/applications/{applicationId}", "[data-testid=decision]");
        await scan.CurrentAsync($"/compute/applications/{applicationId} (withdraw dialog)",
            open: async () =>
            {
                await scan.Page.Locator("[data-testid=withdraw]").ClickAsync();
                await Expect(scan.Page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
            },
            close: async () =>
            {
                await scan.Page.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
                await Expect(scan.Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
            });
        await scan.PageAsync($"/compute/applications/{applicationId}/edit", "#application-form");
        await scan.PageAsync("/compute/applications", $"[data-testid=application-status][data-id='{applicationId}']");

        var provider = await AxeScan.StartAsync(server, output);
        await provider.Page.SignInAsync(ComputeArrangement.Provider, Password);
        await provider.PageAsync($"/compute/applications/{applicationId}", "[data-testid=decision-panel]", screenshot: "75-dark-compute-application-provider");
        await arranged.ApproveAsync(applicationId, 300);
        await provider.PageAsync($"/compute/provider/{arranged.ProviderId}", "[data-testid=utilisation-summary]", screenshot: "76-dark-compute-dashboard");
        await provider.Page.Locator(".mud-tab", new() { HasText = "Allocations" }).ClickAsync();
        await Expect(provider.Page.Locator("[data-testid=allocations]")).ToBeVisibleAsync();
        await provider.CurrentAsync($"/compute/provider/{arranged.ProviderId} (allocations)");
        await provider.Page.Locator(".mud-tab", new() { HasText = "Import usage" }).ClickAsync();
        await Expect(provider.Page.Locator("[data-testid=usage-file]")).ToBeVisibleAsync();
        await provider.CurrentAsync($"/compute/provider/{arranged.ProviderId} (import usage)");

        scan.AssertClean();
        provider.AssertClean();
    }

    /// <summary>An event by the demo organiser with two approved participants and a generated draft.</summary>
    private async Task<int> ArrangeScheduledEventAsync()
    {
        var organiser = await WithAsync<HubDbContext, string>(db => db.Users.Where(u => u.Email == "organiser@hub.demo").Select(u => u.Id).SingleAsync());
        var day = DateTime.UtcNow.Date.AddDays(10);
        var created = await WithAsync<EventEditor, Outcome<int>>(e => e.CreateAsync(organiser, new EventInput
        {
            Title = "Accessible matchmaking",
            Venue = "Luxembourg-Kirchberg",
            Sessions = [new SessionInput { Name = "Morning", StartsAt = day.AddHours(9), EndsAt = day.AddHours(11) }],
            RegistrationOpensAt = day.AddDays(-20),
            RegistrationClosesAt = day.AddDays(-1),
        }));
        Assert.True(created.Succeeded, created.Message);
        var registrations = new List<int>();
        // Members no other end-to-end test schedules: pairs who met at an earlier event are not proposed again.
        foreach (var email in new[] { "startup-00071@members.hub.demo", "investor-00031@members.hub.demo" })
        {
            var (user, profile) = await MemberAsync(email);
            var registered = await WithAsync<EventRegistrations, Outcome<int>>(r => r.RegisterAsync(user, created.Value, profile));
            Assert.True(registered.Succeeded, registered.Message);
            registrations.Add(registered.Value);
        }

        var approved = await WithAsync<EventRegistrations, Outcome<int>>(r => r.DecideAsync(organiser, created.Value, registrations, true));
        Assert.True(approved.Succeeded, approved.Message);
        var generated = await WithAsync<Hub.Web.Events.ScheduleGenerator, Outcome<DraftSummary>>(g => g.GenerateAsync(organiser, created.Value));
        Assert.True(generated.Succeeded, generated.Message);
        return created.Value;
    }

    private sealed record ArrangedConversation(string Path, string OwnProfile, string OtherProfile);

    /// <summary>
    /// Gives the demo startup an accepted introduction with a conversation and a message, and a received introduction
    /// waiting for an answer. The other sides are member accounts no other test uses.
    /// </summary>
    private async Task<ArrangedConversation> ArrangeConversationAsync()
    {
        var (startupUser, startup) = await MemberAsync("startup@hub.demo");
        var (investorUser, investor) = await MemberAsync("investor-00043@members.hub.demo");
        var (otherUser, other) = await MemberAsync("investor-00042@members.hub.demo");

        var sent = await WithAsync<IntroductionService, Outcome<long>>(s =>
            s.SendAsync(startupUser, startup, investor, "We are raising our seed round and would like to show you our robots.", []));
        Assert.True(sent.Succeeded, sent.Message);
        var accepted = await WithAsync<IntroductionService, Outcome<long>>(s => s.AcceptAsync(investorUser, sent.Value));
        Assert.True(accepted.Succeeded, accepted.Message);
        var message = await WithAsync<ConversationService, Outcome<MessagePosted>>(s =>
            s.SendAsync(investorUser, accepted.Value, "Happy to talk. Could you send your deck before Thursday?"));
        Assert.True(message.Succeeded, message.Message);
        var reply = await WithAsync<ConversationService, Outcome<MessagePosted>>(s =>
            s.SendAsync(startupUser, accepted.Value, "Gladly: the deck is on its way, and Thursday at ten suits us."));
        Assert.True(reply.Succeeded, reply.Message);

        var waiting = await WithAsync<IntroductionService, Outcome<long>>(s =>
            s.SendAsync(otherUser, other, startup, "Our fund backs seed-stage robotics; could we meet next week?", []));
        Assert.True(waiting.Succeeded, waiting.Message);

        return new ArrangedConversation($"/conversations/{accepted.Value}", $"/profiles/{startup}", $"/profiles/{investor}");
    }

    private Task<(string UserId, int ProfileId)> MemberAsync(string email) =>
        WithAsync<HubDbContext, (string, int)>(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var profile = await db.ProfileMembers.Where(m => m.UserId == userId).Select(m => m.ProfileId).FirstAsync();
            return (userId, profile);
        });

    /// <summary>Runs one piece of arrangement in its own scope, as one request would.</summary>
    private async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>One browser page that scans each page it opens in the mode it is in, flips the mode and scans again.</summary>
    private sealed class AxeScan
    {
        private const string LightBackground = "rgb(246, 248, 252)";
        private const string DarkBackground = "rgb(15, 19, 32)";
        private static readonly string[] Failing = ["serious", "critical"];

        // Every rule runs; only the violations travel back, which keeps each scan short.
        private static readonly AxeRunOptions Options = new() { ResultTypes = [ResultType.Violations] };

        private readonly ITestOutputHelper _output;
        private readonly List<string> _failures = [];
        private int _scans;

        private AxeScan(IPage page, ITestOutputHelper output)
        {
            Page = page;
            _output = output;
        }

        public IPage Page { get; }

        public static async Task<AxeScan> StartAsync(HubServer server, ITestOutputHelper output)
        {
            var page = await server.NewPageAsync();
            await page.Context.AddInitScriptAsync("if (localStorage.getItem('hub-dark-mode') === null) localStorage.setItem('hub-dark-mode', '0');");
            return new AxeScan(page, output);
        }

        /// <summary>Opens <paramref name="path"/>, waits for <paramref name="ready"/>, and scans in both modes.</summary>
        public async Task PageAsync(string path, string ready, string? name = null, string? screenshot = null)
        {
            await Page.OpenAsync(path);
            await Expect(Page.Locator(ready).First).ToBeVisibleAsync();
            await CurrentAsync(name ?? path, screenshot: screenshot);
        }

        /// <summary>
        /// Scans the page as it is, flips light and dark with the app bar's toggle, and scans again; <paramref name="open"/>
        /// and <paramref name="close"/> bring up and take away a transient state (a dialog, a menu) around each scan.
        /// With <paramref name="screenshot"/>, both versions are also saved as pictures to look at ("-dark-" in the name
        /// becomes "-light-" for the light one).
        /// </summary>
        public async Task CurrentAsync(string name, Func<Task>? open = null, Func<Task>? close = null, string? screenshot = null)
        {
            for (var i = 0; i < 2; i++)
            {
                var dark = await Page.EvaluateAsync<bool>("() => localStorage.getItem('hub-dark-mode') === '1'");
                await Expect(Page.Locator("body")).ToHaveCSSAsync("background-color", dark ? DarkBackground : LightBackground);
                if (open is not null)
                {
                    await open();
                }

                await SettleAsync();
                await ScanAsync($"{name} [{(dark ? "dark" : "light")}]");
                if (screenshot is not null)
                {
                    await Page.ScreenshotAsync(dark ? screenshot : screenshot.Replace("-dark-", "-light-", StringComparison.Ordinal));
                }

                if (close is not null)
                {
                    await close();
                }

                if (i == 0)
                {
                    await Page.Locator("#dark-mode-toggle").ClickAsync();
                    await Expect(Page.Locator("body")).ToHaveCSSAsync("background-color", dark ? LightBackground : DarkBackground);
                }
            }
        }

        public void AssertClean()
        {
            _output.WriteLine($"{_scans} scans.");
            Assert.True(_failures.Count == 0, "axe found serious or critical problems:\n" + string.Join("\n", _failures));
        }

        /// <summary>Waits until finite CSS transitions and animations are over, so colours are measured as they end up.</summary>
        private async Task SettleAsync() =>
            await Page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.effect?.getComputedTiming().iterations === Infinity || a.playState !== 'running')");

        private async Task ScanAsync(string name)
        {
            _scans++;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = await Page.RunAxe(Options);
            _output.WriteLine($"{name}: scanned in {clock.ElapsedMilliseconds} ms");
            var mains = await Page.Locator("main, [role=main]").CountAsync();
            var report = new StringBuilder();
            if (mains != 1)
            {
                report.Append("  landmark: ").Append(mains).AppendLine(" main landmarks (expected exactly one)");
            }

            foreach (var violation in result.Violations)
            {
                _output.WriteLine($"{name}: {violation.Id} ({violation.Impact}) ×{violation.Nodes.Length}");
                if (!Failing.Contains(violation.Impact))
                {
                    foreach (var node in violation.Nodes.Take(3))
                    {
                        _output.WriteLine($"    {node.Target}");
                    }
                }
                else
                {
                    report.Append("  ").Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ").Append(violation.Help)
                        .Append(" ×").Append(violation.Nodes.Length).AppendLine();
                    foreach (var (node, i) in violation.Nodes.Select((n, i) => (n, i)))
                    {
                        // The failure message names the first few elements; the test output has them all.
                        _output.WriteLine($"    {node.Target}  {Finding(node)}");
                        if (i < 4)
                        {
                            report.Append("      ").Append(node.Target).Append("  ").AppendLine(Finding(node));
                        }
                    }
                }
            }

            if (report.Length > 0)
            {
                _failures.Add($"{name}\n{report}");
            }
        }

        /// <summary>What axe measured on the element (e.g. the contrast ratio and both colours).</summary>
        private static string Finding(AxeResultNode node) =>
            (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m)) ?? "";
    }
}
