using System.Net;
using System.Text.RegularExpressions;
using Hub.Core;
using Hub.Core.Compute;
using Hub.Core.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>The compute marketplace's pages as a signed-in reader gets them (prerendered), for each side of an offer.</summary>
public partial class ComputePagesTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    /// <summary>An offer by the demo compute provider (Kirchberg GPU Cloud), open to the kinds given, from today for half a year.</summary>
    private async Task<int> PlaceOfferAsync(string title, int hoursPerMonth, params ProfileKind[] kinds)
    {
        var (providerUser, provider) = await factory.DemoProfileAsync("compute@hub.demo");
        await using var scope = factory.Services.CreateAsyncScope();
        var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var placed = await scope.ServiceProvider.GetRequiredService<ComputeOffers>().CreateAsync(providerUser, provider, new ComputeOfferInput
        {
            Title = title,
            Accelerator = "NVIDIA H100 80GB",
            AcceleratorCount = 8,
            MemoryPerAcceleratorGb = 80,
            GpuHoursPerMonth = hoursPerMonth,
            AccessMode = AccessMode.Paid,
            PricePerGpuHourEur = 3.4m,
            EligibleKinds = kinds.Length == 0 ? [.. Applicant.Kinds] : [.. kinds],
            MaxJobHours = 48,
            AvailableFrom = today,
            AvailableUntil = today.AddMonths(6),
        });
        Assert.True(placed.Succeeded, placed.Message);
        return placed.Value;
    }

    private async Task<string> ThisMonthAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return ComputeMonths.Label(ComputeMonths.Of(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
    }

    /// <summary>The page's text as a reader sees it: no tags, entities decoded, runs of white space as one space.</summary>
    private static string Text(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [Fact]
    public async Task TheOffersListShowsOpenOffersWithTheHoursFreeThisMonth()
    {
        await PlaceOfferAsync("Kirchberg H100 hours for everyone", 1500);
        var startup = await factory.SignedInClientAsync("startup@hub.demo");

        var page = Text(await startup.GetStringAsync("/compute"));

        Assert.Contains("Kirchberg H100 hours for everyone", page, StringComparison.Ordinal);
        Assert.Contains($"1,500 of 1,500 GPU-hours free in {await ThisMonthAsync()}", page, StringComparison.Ordinal);
        Assert.Contains("Jobs run up to 48 hours", page, StringComparison.Ordinal);
        Assert.Contains("€3.40 per GPU-hour", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAcceleratorFilterShowsTheSeededOffersOfThatModelOnly()
    {
        await PlaceOfferAsync("Another H100 offer", 800);
        var startup = await factory.SignedInClientAsync("startup@hub.demo");

        var page = Text(await startup.GetStringAsync("/compute?for=all&accelerator=A100%2040GB"));

        Assert.Contains("MeluXina accelerator module – commercial access", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Another H100 offer", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheListStartsWithTheOffersTheReadersProfileMayApplyTo()
    {
        await PlaceOfferAsync("Startups-only MI300X hours", 600, ProfileKind.Startup);
        var researcher = await factory.SignedInClientAsync("researcher@hub.demo");

        Assert.DoesNotContain("Startups-only MI300X hours", await researcher.GetStringAsync("/compute"), StringComparison.Ordinal);
        Assert.Contains("Startups-only MI300X hours", await researcher.GetStringAsync("/compute?for=all"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOfferPageTellsAnIneligibleProfileWhyItCannotApply()
    {
        var offer = await PlaceOfferAsync("Startups-only L40S hours", 700, ProfileKind.Startup);
        var researcher = await factory.SignedInClientAsync("researcher@hub.demo");

        var html = await researcher.GetStringAsync($"/compute/offers/{offer}");

        Assert.Contains("data-testid=\"unmet-reasons\"", html, StringComparison.Ordinal);
        Assert.Contains("The offer is open to startups only, and you're a researcher.", Text(html), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"apply\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"offer-actions\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOfferPageOffersAnEligibleProfileToApplyAndShowsTheHoursFree()
    {
        var offer = await PlaceOfferAsync("Open H100 hours", 1200);
        var (_, startupProfile) = await factory.DemoProfileAsync("startup@hub.demo");
        var startup = await factory.SignedInClientAsync("startup@hub.demo");

        var html = await startup.GetStringAsync($"/compute/offers/{offer}");

        Assert.Contains($"href=\"/compute/offers/{offer}/apply?profile={startupProfile}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-free-hours=\"1200\"", html, StringComparison.Ordinal);
        Assert.Contains($"1,200 GPU-hours free in {await ThisMonthAsync()}", Text(html), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"capacity-table\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheProvidersMembersGetTheOfferFormAndTheOffersActions()
    {
        var offer = await PlaceOfferAsync("Members-only edits", 900);
        var startup = await factory.SignedInClientAsync("startup@hub.demo");
        var provider = await factory.SignedInClientAsync("compute@hub.demo");

        var refused = await startup.GetStringAsync($"/compute/offers/{offer}/edit");
        Assert.DoesNotContain("id=\"offer-form\"", refused, StringComparison.Ordinal);
        Assert.Contains("Offer not found", refused, StringComparison.Ordinal);
        var noProvider = await startup.GetStringAsync("/compute/offers/new");
        Assert.DoesNotContain("id=\"offer-form\"", noProvider, StringComparison.Ordinal);
        Assert.Contains("No provider to place an offer for", noProvider, StringComparison.Ordinal);

        var form = await provider.GetStringAsync($"/compute/offers/{offer}/edit");
        Assert.Contains("id=\"offer-form\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"Members-only edits\"", form, StringComparison.Ordinal);
        var page = await provider.GetStringAsync($"/compute/offers/{offer}");
        Assert.Contains("data-testid=\"offer-edit\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"matching-needs\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownOfferIsNotFound()
    {
        var startup = await factory.SignedInClientAsync("startup@hub.demo");

        var response = await startup.GetAsync("/compute/offers/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheNeedsPageListsTheReadersNeedsAndNobodyElseSeesThem()
    {
        var (startupUser, startupProfile) = await factory.DemoProfileAsync("startup@hub.demo");
        int needId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var thisMonth = ComputeMonths.Of(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var created = await scope.ServiceProvider.GetRequiredService<ComputeNeeds>().CreateAsync(startupUser, startupProfile, new ComputeNeedInput
            {
                Title = "Train a robot-vision model",
                GpuHours = 3000,
                MinMemoryGb = 40,
                FirstMonth = thisMonth,
                LastMonth = thisMonth.AddMonths(2),
                Workload = Workload.Training,
                BudgetEur = 9000m,
            });
            Assert.True(created.Succeeded, created.Message);
            needId = created.Value;
        }

        var startup = await factory.SignedInClientAsync("startup@hub.demo");
        var researcher = await factory.SignedInClientAsync("researcher@hub.demo");

        var mine = await startup.GetStringAsync("/compute/needs");
        Assert.Contains($"data-need-id=\"{needId}\"", mine, StringComparison.Ordinal);
        var text = Text(mine);
        Assert.Contains("Train a robot-vision model", text, StringComparison.Ordinal);
        Assert.Contains("3,000 GPU-hours", text, StringComparison.Ordinal);
        Assert.Contains("Budget €9,000 in all", text, StringComparison.Ordinal);
        Assert.Contains($"href=\"/compute/needs/{needId}/edit\"", mine, StringComparison.Ordinal);

        Assert.DoesNotContain("Train a robot-vision model", await researcher.GetStringAsync("/compute/needs"), StringComparison.Ordinal);
        var edit = await researcher.GetStringAsync($"/compute/needs/{needId}/edit");
        Assert.DoesNotContain("id=\"need-form\"", edit, StringComparison.Ordinal);
        Assert.Contains("Need not found", edit, StringComparison.Ordinal);
        Assert.Contains("id=\"need-form\"", await startup.GetStringAsync($"/compute/needs/{needId}/edit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProviderWithoutApplicantProfilesIsToldWhatNeedsAreFor()
    {
        var provider = await factory.SignedInClientAsync("compute@hub.demo");

        var html = await provider.GetStringAsync("/compute/needs");

        Assert.Contains("data-testid=\"needs-no-profile\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"need-form\"", await (await factory.SignedInClientAsync("startup@hub.demo")).GetStringAsync("/compute/needs/new"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"need-form\"", await provider.GetStringAsync("/compute/needs/new"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProvidersProfileLinksEachOfferToItsPage()
    {
        var offer = await PlaceOfferAsync("Linked from the profile", 400);
        var (_, provider) = await factory.DemoProfileAsync("compute@hub.demo");
        var startup = await factory.SignedInClientAsync("startup@hub.demo");

        var html = await startup.GetStringAsync($"/profiles/{provider}");

        Assert.Contains($"href=\"/compute/offers/{offer}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/compute")]
    [InlineData("/compute/needs")]
    [InlineData("/compute/offers/1")]
    [InlineData("/compute/offers/new")]
    public async Task AnAnonymousVisitorIsSentToSignIn(string path)
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{path} answered {response.StatusCode}");
        Assert.StartsWith("/account/login?returnUrl=", new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }
}
