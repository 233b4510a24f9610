using System.Globalization;
using Hub.Core.Compute;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.E2E;

/// <summary>The marketplace's main flow as the issue tells it: need, ranked offer with its reasons, application, partial approval seen live.</summary>
[Collection(SharedHubServer.Name)]
public class ComputeMarketplaceFlowTests(HubServer server)
{
    private const string Password = "Demo!2026hub";

    [Fact]
    public async Task AStartupDescribesANeedAppliesToARankedOfferAndSeesThePartApprovedLiveWhileTheFreeHoursDropElsewhere()
    {
        // No demo offer has GPUs with more than 192 GB, so the need below ranks this one whatever else the demo offers.
        var arranged = await ComputeArrangement.OfferAsync(server.Services, "MI325X fine-tuning nodes", o =>
        {
            o.Accelerator = "AMD MI325X 256GB";
            o.MemoryPerAcceleratorGb = 256;
            o.Description = "Eight MI325X per node, for fine-tuning large models.";
        });
        var thisMonth = ComputeArrangement.ThisMonth;

        // The startup describes what it needs.
        var startup = await server.NewPageAsync();
        await startup.SignInAsync("startup@hub.demo", Password);
        await startup.OpenAsync("/compute/needs/new");
        await startup.Locator("#need-title").FillAsync("Fine-tune a 70B model on Luxembourgish legal text");
        await startup.Locator("#need-hours").FillAsync("1200");
        await startup.Locator("#need-memory").FillAsync("200");
        await startup.Locator("#need-first").FillAsync(ComputeMonths.Key(thisMonth));
        await startup.Locator("#need-last").FillAsync(ComputeMonths.Key(thisMonth.AddMonths(2)));
        await startup.Locator("#need-budget").FillAsync("5000");
        await startup.Locator("#need-stack").FillAsync("PyTorch 2, ROCm 6");
        await Expect(startup.Locator("[data-testid=need-spread]")).ToContainTextAsync("400");
        await startup.Locator("#need-save").ClickAsync();
        await startup.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/compute/needs$"));

        // It sees the offer ranked for the need, with reasons in its own voice.
        var need = startup.Locator("[data-testid=need-card]", new() { HasText = "Fine-tune a 70B model on Luxembourgish legal text" });
        var ranked = need.Locator($"[data-testid=ranked-offer][data-offer-id='{arranged.OfferId}']");
        await Expect(ranked).ToBeVisibleAsync();
        var reasons = ranked.Locator("[data-testid=reasons]");
        await Expect(reasons).ToContainTextAsync("All 1,200 GPU-hours you need are free");
        await Expect(reasons).ToContainTextAsync("Your data stays in the EU, in Luxembourg");
        await Expect(reasons).ToContainTextAsync("Within your budget");
        await startup.ScreenshotAsync("80-compute-need-ranked-offers");

        // It applies from the ranked offer: the form starts from the need's hours and months.
        await ranked.Locator("[data-testid=apply]").ClickAsync();
        await startup.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/compute/offers/{arranged.OfferId}/apply"));
        await Expect(startup.Locator("[data-testid=from-need]")).ToBeVisibleAsync();
        await Expect(startup.Locator("#application-hours")).ToHaveValueAsync("400");
        await startup.Locator("#application-objective").FillAsync("Fine-tune an open 70B model so lawyers can search Luxembourgish case law in plain words.");
        await startup.Locator("#application-data").FillAsync("Published judgments from legilux.lu and our own annotations; no personal data beyond what courts publish.");
        await startup.Locator("#application-team").FillAsync("Three ML engineers who fine-tuned 7B and 13B models on rented GPUs last year.");
        await startup.Locator("#application-job-hours").FillAsync("24");
        await startup.Locator("[data-testid=answer-0] textarea").First.FillAsync("PyTorch with FSDP on ROCm.");
        await startup.Locator("input[data-testid=risk-InteractsWithPeople]").CheckAsync();
        await Expect(startup.Locator("[data-testid=risk-class]")).ToHaveTextAsync("Limited risk");
        await startup.Locator("#application-submit").ClickAsync();
        await startup.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/compute/applications/\\d+$"));
        await Expect(startup.Locator("[data-testid=application-status]")).ToContainTextAsync("Waiting for a decision");
        var applicationPath = new Uri(startup.Url).AbsolutePath;

        // Someone else keeps the offer's page open.
        var watcher = await server.NewPageAsync();
        await watcher.SignInAsync("researcher@hub.demo", Password);
        await watcher.OpenAsync($"/compute/offers/{arranged.OfferId}");
        var free = watcher.Locator("[data-testid=offer-free-hours]");
        await Expect(free).ToHaveAttributeAsync("data-free-hours", "1000");

        // The provider approves 250 of the 400 hours a month.
        var provider = await server.NewPageAsync();
        await provider.SignInAsync(ComputeArrangement.Provider, Password);
        await provider.OpenAsync(applicationPath);
        await provider.Locator("input[data-testid=approve-hours]").FillAsync("250");
        await provider.Locator("[data-testid=approve-part]").ClickAsync();
        await Expect(provider.Locator("[data-testid=decision-summary]")).ToContainTextAsync("You approved 250 of the 400 GPU-hours a month they asked for");

        // The startup's open page shows the decision, and the watcher's figure drops, without a reload.
        await Expect(startup.Locator("[data-testid=decision-summary]")).ToContainTextAsync("Approved in part: 250 of the 400 GPU-hours a month you asked for");
        await Expect(free).ToHaveAttributeAsync("data-free-hours", "750");
        await Expect(free).ToContainTextAsync(750.ToString("#,0", CultureInfo.GetCultureInfo("en-GB")));
        await startup.ScreenshotAsync("81-compute-decision-live");
        await watcher.ScreenshotAsync("82-compute-free-hours-dropped");
    }
}
