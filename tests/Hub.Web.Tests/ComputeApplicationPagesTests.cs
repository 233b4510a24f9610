using System.Net;
using Hub.Core.Compute;

namespace Hub.Web.Tests;

public class ComputeApplicationPagesTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    private const string Stranger = "investor@hub.demo";

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    [Fact]
    public async Task AStrangerGetsNotFoundForAnApplicationAndForTheProvidersAllocations()
    {
        var scenario = await ComputeScenario.ArrangeAsync(factory, "Strangers keep out");
        var stranger = await factory.SignedInClientAsync(Stranger);

        var page = await stranger.GetAsync($"/compute/applications/{scenario.ApplicationId}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Fine-tune a legal language model", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/compute/applications/{scenario.ApplicationId}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/compute/provider/{scenario.ProviderId}/allocations.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/compute/provider/{scenario.ProviderId}")).StatusCode);
        // The applicant is no member of the provider either.
        var applicant = await factory.SignedInClientAsync(ComputeScenario.Applicant);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"/compute/provider/{scenario.ProviderId}/allocations.csv")).StatusCode);
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/compute/provider/{scenario.ProviderId}/allocations.csv")).StatusCode);
    }

    [Fact]
    public async Task TheProvidersCsvExportHoldsEveryMonthOfTheAllocation()
    {
        var scenario = await ComputeScenario.ArrangeAsync(factory, "Exported allocations");
        await scenario.ApproveAsync(400);
        var provider = await factory.SignedInClientAsync(ComputeScenario.Provider);

        var response = await provider.GetAsync($"/compute/provider/{scenario.ProviderId}/allocations.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"compute-allocations-{scenario.ProviderId}.csv",
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("application_id,month,used_hours,offer,applicant,approved_hours", lines[0], StringComparison.Ordinal);
        var rows = lines.Where(l => l.StartsWith($"{scenario.ApplicationId},", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.StartsWith($"{scenario.ApplicationId},{ComputeMonths.Key(scenario.ThisMonth.AddMonths(i))},0,Exported allocations,{scenario.ApplicantName},400,",
                rows[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OnlyTheProvidersMembersSeeTheReviewAndDecisionControls()
    {
        var scenario = await ComputeScenario.ArrangeAsync(factory, "Who decides");
        var provider = await factory.SignedInClientAsync(ComputeScenario.Provider);
        var applicant = await factory.SignedInClientAsync(ComputeScenario.Applicant);

        var asProvider = await provider.GetStringAsync($"/compute/applications/{scenario.ApplicationId}");
        Assert.Contains("data-testid=\"decision-panel\"", asProvider, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"approve-full\"", asProvider, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"reject\"", asProvider, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"reviews-panel\"", asProvider, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"save-review\"", asProvider, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"withdraw\"", asProvider, StringComparison.Ordinal);
        Assert.Contains(Html($"{scenario.ApplicantName} applies for Who decides"), asProvider, StringComparison.Ordinal);

        var asApplicant = await applicant.GetStringAsync($"/compute/applications/{scenario.ApplicationId}");
        Assert.Contains("Your application for Who decides", asApplicant, StringComparison.Ordinal);
        Assert.Contains("Fine-tune a legal language model", asApplicant, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"withdraw\"", asApplicant, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"edit-application\"", asApplicant, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"decision-panel\"", asApplicant, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"approve-full\"", asApplicant, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"reviews-panel\"", asApplicant, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APartialApprovalReadsFromEachSide()
    {
        var scenario = await ComputeScenario.ArrangeAsync(factory, "Half a loaf");
        await scenario.ApproveAsync(300, "We are full in the spring.");
        var provider = await factory.SignedInClientAsync(ComputeScenario.Provider);
        var applicant = await factory.SignedInClientAsync(ComputeScenario.Applicant);

        var asApplicant = await applicant.GetStringAsync($"/compute/applications/{scenario.ApplicationId}");
        Assert.Contains("Approved in part: 300 of the 500 GPU-hours a month you asked for", asApplicant, StringComparison.Ordinal);
        Assert.Contains("We are full in the spring.", asApplicant, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"allocations\"", asApplicant, StringComparison.Ordinal);

        var asProvider = await provider.GetStringAsync($"/compute/applications/{scenario.ApplicationId}");
        Assert.Contains("You approved 300 of the 500 GPU-hours a month they asked for", asProvider, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"end-allocation\"", asProvider, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"approve-full\"", asProvider, StringComparison.Ordinal);

        var mine = await applicant.GetStringAsync("/compute/applications");
        Assert.Contains("Half a loaf", mine, StringComparison.Ordinal);
        Assert.Contains("300 of 500", mine, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"application-status\" data-status=\"Approved\" data-id=\"{scenario.ApplicationId}\"", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApplicationFormShowsTheOffersLimitsAndQuestions()
    {
        var scenario = await ComputeScenario.ArrangeAsync(factory, "Form limits");
        var researcher = await factory.SignedInClientAsync("researcher@hub.demo");

        var form = await researcher.GetStringAsync($"/compute/offers/{scenario.OfferId}/apply");

        Assert.Contains("id=\"application-form\"", form, StringComparison.Ordinal);
        Assert.Contains("The whole offer holds 1,000 GPU-hours a month.", form, StringComparison.Ordinal);
        Assert.Contains("Which framework do you train with?", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoFormIsShownToAProfileThatMayNotApplyOrHasAlreadyApplied()
    {
        var scenario = await ComputeScenario.ArrangeAsync(factory, "SMEs only", smeOnly: true);

        // The demo company is a large one.
        var company = await factory.SignedInClientAsync("company@hub.demo");
        var ineligible = await company.GetStringAsync($"/compute/offers/{scenario.OfferId}/apply");
        Assert.Contains("data-testid=\"ineligible\"", ineligible, StringComparison.Ordinal);
        Assert.Contains("The offer is for SMEs only, and you", ineligible, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"application-form\"", ineligible, StringComparison.Ordinal);

        // The startup's application is waiting: it is sent there instead of applying twice.
        var applicant = await factory.SignedInClientAsync(ComputeScenario.Applicant);
        var again = await applicant.GetStringAsync($"/compute/offers/{scenario.OfferId}/apply");
        Assert.Contains("data-testid=\"already-applied\"", again, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"application-form\"", again, StringComparison.Ordinal);

        // An investor manages no profile that may apply.
        var stranger = await factory.SignedInClientAsync(Stranger);
        var none = await stranger.GetStringAsync($"/compute/offers/{scenario.OfferId}/apply");
        Assert.Contains("data-testid=\"no-applicant-profile\"", none, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"application-form\"", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProviderDashboardQueuesTheApplicationAndChartsTheMonths()
    {
        var scenario = await ComputeScenario.ArrangeAsync(factory, "On the dashboard");
        var provider = await factory.SignedInClientAsync(ComputeScenario.Provider);

        var html = await provider.GetStringAsync($"/compute/provider/{scenario.ProviderId}");

        Assert.Contains("data-testid=\"queue\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"queue-link\" data-id=\"{scenario.ApplicationId}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"decide-now\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"utilisation-summary\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/compute/offers/new?provider={scenario.ProviderId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/compute/provider/{scenario.ProviderId}/allocations.csv\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskedForChangesTheApplicantSeesThemAboveTheFormAndOnlyTheyMayEdit()
    {
        var scenario = await ComputeScenario.ArrangeAsync(factory, "Changes please");
        var asked = await scenario.With<ComputeApplications, Hub.Core.Outcome>(a =>
            a.RequestChangesAsync(scenario.ProviderUserId, scenario.ApplicationId, "Say how you checkpoint runs longer than a day."));
        Assert.True(asked.Succeeded, asked.Message);
        var applicant = await factory.SignedInClientAsync(ComputeScenario.Applicant);
        var provider = await factory.SignedInClientAsync(ComputeScenario.Provider);

        var edit = await applicant.GetStringAsync($"/compute/applications/{scenario.ApplicationId}/edit");
        Assert.Contains("data-testid=\"requested-changes\"", edit, StringComparison.Ordinal);
        Assert.Contains("Say how you checkpoint runs longer than a day.", edit, StringComparison.Ordinal);
        Assert.Contains("Resubmit the application", edit, StringComparison.Ordinal);
        Assert.Contains("Fine-tune a legal language model", edit, StringComparison.Ordinal);

        var page = await applicant.GetStringAsync($"/compute/applications/{scenario.ApplicationId}");
        Assert.Contains("Kirchberg GPU Cloud asks for changes", page, StringComparison.Ordinal);

        var asProvider = await provider.GetStringAsync($"/compute/applications/{scenario.ApplicationId}/edit");
        Assert.Contains("data-testid=\"access-denied\"", asProvider, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"application-form\"", asProvider, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAccessCallApplicationIsDecidedAfterItsCutOff()
    {
        var scenario = await ComputeScenario.ArrangeAsync(factory, "Spring call", mode: AccessMode.AccessCall);
        var provider = await factory.SignedInClientAsync(ComputeScenario.Provider);

        var html = await provider.GetStringAsync($"/compute/applications/{scenario.ApplicationId}");

        Assert.Contains("data-testid=\"decide-after\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"request-changes\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"approve-full\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"reject\"", html, StringComparison.Ordinal);
        var dashboard = await provider.GetStringAsync($"/compute/provider/{scenario.ProviderId}");
        Assert.Contains("After the cut-off on", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANeedFillsTheFormInWithItsHoursAndMonths()
    {
        var scenario = await ComputeScenario.ArrangeAsync(factory, "Needs welcome");
        var (researcherUser, lab) = await factory.DemoProfileAsync("researcher@hub.demo");
        var need = await scenario.With<ComputeNeeds, Hub.Core.Outcome<int>>(n => n.CreateAsync(researcherUser, lab, new ComputeNeedInput
        {
            Title = "Parking-guidance model training",
            GpuHours = 2400,
            FirstMonth = scenario.ThisMonth.AddMonths(1),
            LastMonth = scenario.ThisMonth.AddMonths(4),
        }));
        Assert.True(need.Succeeded, need.Message);
        var researcher = await factory.SignedInClientAsync("researcher@hub.demo");

        var html = await researcher.GetStringAsync($"/compute/offers/{scenario.OfferId}/apply?need={need.Value}");

        Assert.Contains("data-testid=\"from-need\"", html, StringComparison.Ordinal);
        Assert.Contains("Parking-guidance model training", html, StringComparison.Ordinal);
        // 2,400 hours over four months: 600 a month, from next month.
        Assert.Contains("value=\"600\"", html, StringComparison.Ordinal);
        Assert.Contains("In all: <b>2,400 GPU-hours</b> over 4 months.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/compute/applications")]
    [InlineData("/compute/applications/1")]
    [InlineData("/compute/applications/1/edit")]
    [InlineData("/compute/offers/1/apply")]
    [InlineData("/compute/provider/1")]
    public async Task AnAnonymousVisitorIsSentToSignIn(string path)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{path} answered {response.StatusCode}");
        Assert.StartsWith("/account/login?returnUrl=", new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/compute/applications/999999999")]
    [InlineData("/compute/applications/999999999/edit")]
    [InlineData("/compute/offers/999999999/apply")]
    [InlineData("/compute/provider/999999999")]
    public async Task AnUnknownIdAnswersNotFound(string path)
    {
        var client = await factory.SignedInClientAsync(ComputeScenario.Provider);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
