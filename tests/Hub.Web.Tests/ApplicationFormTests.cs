using Bunit;
using Hub.Core;
using Hub.Core.Compute;
using Hub.Core.Profiles;
using Hub.Web.Components.Pages.Compute;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Hub.Web.Tests;

public sealed class ApplicationFormTests : IAsyncLifetime
{
    private static readonly DateOnly ThisMonth = new(2031, 3, 1);

    private readonly BunitContext _ctx = new();
    private readonly List<ComputeApplicationInput> _submitted = [];
    private IOutcome _answer = Outcome.Done(7L);

    public ApplicationFormTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    /// <summary>A fast-lane offer: at most 200 GPU-hours a month per application, jobs up to 48 hours, two questions.</summary>
    private static ComputeOffer FastLane() => new()
    {
        Id = 3,
        ProviderId = 9,
        Title = "Kirchberg fast lane",
        Accelerator = "NVIDIA H100 80GB",
        AcceleratorCount = 8,
        MemoryPerAcceleratorGb = 80,
        GpuHoursPerMonth = 2000,
        AccessMode = AccessMode.FastLane,
        MaxHoursPerMonth = 200,
        MaxJobHours = 48,
        EligibleKinds = [ProfileKind.Startup],
        AcceptedRiskClasses = [AiRiskClass.Minimal, AiRiskClass.Limited],
        DataResidency = "LU",
        Questions = ["Which framework do you train with?", "How will you checkpoint long runs?"],
        AvailableFrom = new DateOnly(2031, 1, 1),
        AvailableUntil = new DateOnly(2031, 12, 31),
    };

    private static ComputeApplicationInput Complete() => new()
    {
        ProfileId = 4,
        Objective = "Fine-tune a vision model that spots defects on welding seams.",
        DataDescription = "Forty thousand labelled photos from our pilot customer's line; confidential, no personal data.",
        TeamExperience = "Two engineers who trained detection models on a university cluster for three years.",
        HoursPerMonth = 150,
        FirstMonth = new DateOnly(2031, 4, 1),
        LastMonth = new DateOnly(2031, 6, 1),
        LongestJobHours = 12,
        Answers = ["PyTorch with Lightning.", "Every hour, to the shared file system."],
    };

    private IRenderedComponent<ApplicationForm> RenderForm(ComputeApplicationInput input, ComputeOffer? offer = null)
    {
        _ctx.Render<MudPopoverProvider>();
        return _ctx.Render<ApplicationForm>(p => p
            .Add(x => x.Input, input)
            .Add(x => x.Offer, offer ?? FastLane())
            .Add(x => x.ThisMonth, ThisMonth)
            .Add(x => x.OnSubmit, i =>
            {
                _submitted.Add(i);
                return Task.FromResult(_answer);
            }));
    }

    private static void Submit(IRenderedComponent<ApplicationForm> cut) => cut.Find("#application-submit").Click();

    [Fact]
    public void TheRiskClassAndItsReasoningFollowTheAnswersAsTheyAreGiven()
    {
        var cut = RenderForm(Complete());
        Assert.Equal("Minimal risk", cut.Find("[data-testid=risk-class]").TextContent.Trim());
        Assert.Contains("not legal advice", cut.Find("[data-testid=risk-result]").TextContent, StringComparison.Ordinal);

        cut.Find("input[data-testid=risk-InteractsWithPeople]").Change(true);

        cut.WaitForAssertion(() => Assert.Equal("Limited risk", cut.Find("[data-testid=risk-class]").TextContent.Trim()));
        Assert.Contains("people talk to the system, so they must be told they deal with AI", cut.Find("[data-testid=risk-reasoning]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=risk-refused]"));

        cut.Find("input[data-testid=risk-Biometrics]").Change(true);

        cut.WaitForAssertion(() => Assert.Equal("High risk", cut.Find("[data-testid=risk-class]").TextContent.Trim()));
        Assert.Contains("biometrics (Annex III, point 1)", cut.Find("[data-testid=risk-reasoning]").TextContent, StringComparison.Ordinal);
        // This offer takes minimal and limited risk only: the applicant learns it before submitting.
        Assert.Contains("The provider doesn't accept high risk projects on this offer.", cut.Find("[data-testid=risk-refused]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void HoursOverTheOffersLimitShowTheLimitAndNothingIsSubmitted()
    {
        var cut = RenderForm(Complete());
        Assert.Contains("This offer gives at most 200 GPU-hours a month to one application.", cut.Markup, StringComparison.Ordinal);

        cut.Find("#application-hours").Input("500");

        cut.WaitForAssertion(() => Assert.Contains(
            "This offer gives at most 200 GPU-hours a month to one application; ask for 200 or fewer.", cut.Markup, StringComparison.Ordinal));
        Submit(cut);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void EveryQuestionOfTheOfferNeedsAnAnswer()
    {
        var input = Complete();
        input.Answers = ["PyTorch with Lightning."];
        var cut = RenderForm(input);
        Assert.Contains("How will you checkpoint long runs?", cut.Markup, StringComparison.Ordinal);

        Submit(cut);

        cut.WaitForAssertion(() => Assert.Contains("Answer the provider's question.", cut.Find("[data-testid=answer-1]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Answer the provider's question.", cut.Find("[data-testid=answer-0]").TextContent, StringComparison.Ordinal);
        Assert.Empty(_submitted);

        cut.Find("[data-testid=answer-1] textarea").Input("Every hour, to the shared file system.");
        Submit(cut);

        cut.WaitForAssertion(() => Assert.Single(_submitted));
        Assert.Equal(["PyTorch with Lightning.", "Every hour, to the shared file system."], _submitted[0].Answers);
    }

    [Fact]
    public void AServerRefusalIsShownAboveTheForm()
    {
        _answer = Outcome.Conflict("Only 40 GPU-hours are left in April 2031.");
        var cut = RenderForm(Complete());

        Submit(cut);

        cut.WaitForAssertion(() => Assert.Equal("Only 40 GPU-hours are left in April 2031.", cut.Find("[data-testid=application-refused]").TextContent.Trim()));
        Assert.Single(_submitted);
    }

    [Fact]
    public void ThePaidOfferShowsWhatTheHoursCost()
    {
        var offer = FastLane();
        offer.AccessMode = AccessMode.Paid;
        offer.PricePerGpuHourEur = 2.5m;
        var cut = RenderForm(Complete(), offer);

        // 150 hours a month from April to June: 450 GPU-hours.
        Assert.Contains("In all: 450 GPU-hours over 3 months.", cut.Find("[data-testid=application-total]").TextContent, StringComparison.Ordinal);
        Assert.Contains("about €1,125", cut.Find("[data-testid=application-total]").TextContent, StringComparison.Ordinal);
    }
}
