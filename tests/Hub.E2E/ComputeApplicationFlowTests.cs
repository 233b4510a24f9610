using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.E2E;

[Collection(SharedHubServer.Name)]
public class ComputeApplicationFlowTests(HubServer server)
{
    private const string Password = "Demo!2026hub";

    [Fact]
    public async Task AnApplicantAppliesAndSeesTheProvidersPartialApprovalLive()
    {
        var arranged = await ComputeArrangement.OfferAsync(server.Services, "Live decision H100s");

        // The researcher fills the form in: the limits and the AI Act class show as they type and switch.
        var applicant = await server.NewPageAsync();
        await applicant.SignInAsync("researcher@hub.demo", Password);
        await applicant.OpenAsync($"/compute/offers/{arranged.OfferId}/apply");
        await applicant.Locator("#application-objective").FillAsync("Train a parking-guidance model on camera streams from three car parks.");
        await applicant.Locator("#application-data").FillAsync("Anonymised video frames from our partner's car parks; no faces kept, confidential.");
        await applicant.Locator("#application-team").FillAsync("Four researchers who run PyTorch jobs on the university's GPU cluster.");
        await applicant.Locator("#application-hours").FillAsync("500");
        await applicant.Locator("#application-job-hours").FillAsync("100");
        await Expect(applicant.GetByText("Jobs on this offer run at most 72 hours; split longer runs with checkpoints.")).ToBeVisibleAsync();
        await applicant.Locator("#application-job-hours").FillAsync("48");
        await applicant.Locator("[data-testid=answer-0] textarea").First.FillAsync("PyTorch Lightning, with checkpoints every hour.");
        await applicant.Locator("input[data-testid=risk-GeneratesContent]").CheckAsync();
        await Expect(applicant.Locator("[data-testid=risk-class]")).ToHaveTextAsync("Limited risk");
        await applicant.ScreenshotAsync("70-compute-application-form");
        await applicant.Locator("#application-submit").ClickAsync();
        await applicant.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/compute/applications/\\d+$"));
        await Expect(applicant.Locator("[data-testid=application-status]")).ToContainTextAsync("Waiting for a decision");
        var applicationPath = new Uri(applicant.Url).AbsolutePath;
        var applicationId = applicationPath.Split('/')[^1];

        // The same applicant keeps their list open in another tab.
        var list = await applicant.Context.NewPageAsync();
        await list.OpenAsync("/compute/applications");
        var chip = list.Locator($"[data-testid=application-status][data-id='{applicationId}']");
        await Expect(chip).ToContainTextAsync("Waiting for a decision");

        // The provider reviews it and approves 300 of the 500 hours a month.
        var provider = await server.NewPageAsync();
        await provider.SignInAsync(ComputeArrangement.Provider, Password);
        await provider.OpenAsync(applicationPath);
        await provider.Locator("[data-testid=review-score] .mud-rating-item").Nth(3).ClickAsync();
        await provider.Locator("textarea[data-testid=review-comment]").FillAsync("Clear plan; the data is anonymised before it reaches us.");
        await provider.Locator("[data-testid=save-review]").ClickAsync();
        await Expect(provider.Locator("[data-testid=review-average]")).ToContainTextAsync("4.0 / 5");
        await provider.Locator("input[data-testid=approve-hours]").FillAsync("300");
        await provider.Locator("[data-testid=approve-part]").ClickAsync();
        await Expect(provider.Locator("[data-testid=decision-summary]")).ToContainTextAsync("You approved 300 of the 500 GPU-hours a month they asked for");
        await provider.ScreenshotAsync("71-compute-application-provider");

        // Both of the applicant's open pages follow without a reload.
        await Expect(applicant.Locator("[data-testid=decision-summary]")).ToContainTextAsync("Approved in part: 300 of the 500 GPU-hours a month you asked for");
        await Expect(applicant.Locator("[data-testid=allocations]")).ToBeVisibleAsync();
        await Expect(chip).ToContainTextAsync("Approved in part");
        await applicant.ScreenshotAsync("72-compute-application-approved");

        // The provider's dashboard shows the reservation.
        await provider.OpenAsync($"/compute/provider/{arranged.ProviderId}");
        await Expect(provider.Locator("[data-testid=utilisation-summary]")).ToBeVisibleAsync();
        await provider.ScreenshotAsync("73-compute-dashboard");
    }

    [Fact]
    public async Task TheProviderRecordsUsageInlineAndFromACsvFileWithEachProblemByLine()
    {
        var arranged = await ComputeArrangement.OfferAsync(server.Services, "Usage ledger GPUs");
        var applicationId = await arranged.ApplyAsync("company@hub.demo");
        await arranged.ApproveAsync(applicationId, 300);
        var month = ComputeArrangement.ThisMonth;
        var monthLabel = Hub.Core.Compute.ComputeMonths.Label(month);
        var monthKey = Hub.Core.Compute.ComputeMonths.Key(month);

        var provider = await server.NewPageAsync();
        await provider.SignInAsync(ComputeArrangement.Provider, Password);
        // The dashboard opened for this offer shows its allocations only (the demo provider has many).
        await provider.OpenAsync($"/compute/provider/{arranged.ProviderId}?offer={arranged.OfferId}");
        await provider.Locator(".mud-tab", new() { HasText = "Allocations" }).ClickAsync();
        var row = provider.Locator("[data-testid=allocations] tr", new() { HasText = "Usage ledger GPUs" }).Filter(new() { HasText = monthLabel });
        var used = row.Locator("input[data-testid=used-hours]");

        // More than was allocated is refused with the reason, and nothing is recorded.
        await used.FillAsync("400");
        await row.Locator("[data-testid=save-used]").ClickAsync();
        await Expect(row).ToContainTextAsync($"400 hours is more than the 300 allocated in {monthLabel}.");
        await used.FillAsync("120");
        await row.Locator("[data-testid=save-used]").ClickAsync();
        await Expect(provider.GetByText($"120 GPU-hours recorded")).ToBeVisibleAsync();

        // A file with one bad row changes nothing and names each problem by line.
        await provider.Locator(".mud-tab", new() { HasText = "Import usage" }).ClickAsync();
        // MudFileUpload adds a fresh input for each choice; the last one takes the next file.
        var file = provider.Locator("input[type=file][data-testid=usage-upload]").Last;
        await file.SetInputFilesAsync(new FilePayload
        {
            Name = "usage.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"application_id,month,used_hours\n{applicationId},{monthKey},250\n{applicationId},2026-13,5\n"),
        });
        await provider.Locator("[data-testid=import-usage]").ClickAsync();
        await Expect(provider.Locator("[data-testid=import-problems]")).ToContainTextAsync("Line 3: write the month as yyyy-mm");
        await provider.ScreenshotAsync("77-compute-usage-import-refused");

        await file.SetInputFilesAsync(new FilePayload
        {
            Name = "usage-fixed.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"application_id,month,used_hours\n{applicationId},{monthKey},250\n"),
        });
        await provider.Locator("[data-testid=import-usage]").ClickAsync();
        await Expect(provider.Locator("[data-testid=import-done]")).ToContainTextAsync("1 month of usage recorded");

        await provider.Locator(".mud-tab", new() { HasText = "Allocations" }).ClickAsync();
        await Expect(used).ToHaveValueAsync("250");
    }
}
