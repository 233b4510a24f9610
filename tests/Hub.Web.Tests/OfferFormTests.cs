using Bunit;
using Hub.Core;
using Hub.Core.Compute;
using Hub.Web.Components.Pages.Compute;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Hub.Web.Tests;

public sealed class OfferFormTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2031, 3, 10);

    private readonly BunitContext _ctx = new();
    private readonly List<ComputeOfferInput> _submitted = [];
    private IOutcome _answer = Outcome.Done(7);

    public OfferFormTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private IRenderedComponent<OfferForm> RenderForm(ComputeOfferInput input, DateOnly? today = null)
    {
        _ctx.Render<MudPopoverProvider>();
        return _ctx.Render<OfferForm>(p => p
            .Add(x => x.Input, input)
            .Add(x => x.Today, today)
            .Add(x => x.OnSubmit, i =>
            {
                _submitted.Add(i);
                return Task.FromResult(_answer);
            }));
    }

    /// <summary>A paid offer of H100 hours for the rest of the year.</summary>
    private static ComputeOfferInput ValidOffer() => new()
    {
        Title = "H100 training capacity",
        Accelerator = "NVIDIA H100 80GB",
        AcceleratorCount = 8,
        MemoryPerAcceleratorGb = 80,
        GpuHoursPerMonth = 2000,
        AccessMode = AccessMode.Paid,
        PricePerGpuHourEur = 3.2m,
        AvailableFrom = Today,
        AvailableUntil = new DateOnly(2031, 12, 31),
    };

    private static void Save(IRenderedComponent<OfferForm> cut) => cut.Find("#offer-save").Click();

    [Fact]
    public void AnEmptyTitleAndAcceleratorShowTheirMessagesAndNothingIsSaved()
    {
        var input = ValidOffer();
        input.Title = "";
        input.Accelerator = " ";
        var cut = RenderForm(input);

        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("Give the offer a title.", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("Name the accelerator model, e.g. NVIDIA H100 80GB.", cut.Markup, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=form-errors]"));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void APaidOfferAsksForItsPriceAndShowsNoCutOffDates()
    {
        var input = ValidOffer();
        input.PricePerGpuHourEur = null;
        var cut = RenderForm(input);

        Assert.NotNull(cut.Find("#offer-price"));
        Assert.Empty(cut.FindAll("[data-testid=cut-offs-editor]"));

        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("A paid offer needs a price per GPU-hour above zero.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void AnAccessCallAsksForACutOffDateAndIsSavedOnceItHasOne()
    {
        var input = ValidOffer();
        input.AccessMode = AccessMode.AccessCall;
        input.PricePerGpuHourEur = null;
        var cut = RenderForm(input, Today);

        Assert.Empty(cut.FindAll("#offer-price"));
        Save(cut);
        cut.WaitForAssertion(() => Assert.Contains("An access call needs at least one cut-off date.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_submitted);

        cut.Find("[data-testid=add-cut-off]").Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=cut-off-row]")));
        Assert.DoesNotContain("An access call needs at least one cut-off date.", cut.Markup, StringComparison.Ordinal);
        Save(cut);

        cut.WaitForAssertion(() => Assert.Single(_submitted));
        Assert.Equal([Today.AddMonths(1)], _submitted[0].CutOffs);
    }

    [Fact]
    public void ANewAccessCallWhoseCutOffsHavePassedCannotBeSaved()
    {
        var input = ValidOffer();
        input.AccessMode = AccessMode.AccessCall;
        input.CutOffs = [Today.AddDays(-5)];
        var cut = RenderForm(input, Today);

        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("At least one cut-off lies ahead, or nobody can apply.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void ChoosingTheFastLaneSwapsThePriceForTheLimitPerApplication()
    {
        var cut = RenderForm(ValidOffer());

        cut.Find("[data-testid=mode-FastLane]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#offer-price")));
        Assert.Contains("Required: the fast lane is for small allocations.", cut.Markup, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("#offer-max-per-application"));
        Save(cut);
        cut.WaitForAssertion(() => Assert.Contains("set the most hours a month one application may ask for", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void AWindowEndingBeforeItStartsIsShownUnderItsEnd()
    {
        var input = ValidOffer();
        input.AvailableUntil = input.AvailableFrom.AddDays(-1);
        var cut = RenderForm(input);

        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("The window ends after it starts.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void NobodyAllowedToApplyIsRefusedBeforeSaving()
    {
        var cut = RenderForm(ValidOffer());

        foreach (var kind in Applicant.Kinds)
        {
            cut.Find($"[data-testid=kind-{kind}]").Change(false);
        }

        cut.WaitForAssertion(() => Assert.Contains("Choose who may apply: startups, researchers or companies.", cut.Markup, StringComparison.Ordinal));
        Save(cut);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void AValidOfferIsSavedAndTheServersFieldMessageIsShownWhenItIsRefused()
    {
        _answer = Outcome.Invalid(nameof(ComputeOfferInput.GpuHoursPerMonth), "April 2031 already has 2,500 GPU-hours allocated: offer at least that many a month.");
        var cut = RenderForm(ValidOffer());

        Save(cut);

        cut.WaitForAssertion(() => Assert.Single(_submitted));
        cut.WaitForAssertion(() => Assert.Contains("April 2031 already has 2,500 GPU-hours allocated", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void QuestionsAndCertificationsAreAddedAndRemoved()
    {
        var cut = RenderForm(ValidOffer());

        cut.Find("[data-testid=add-question]").Click();
        cut.Find("#offer-question-0").Input("Which framework will you use?");
        cut.Find("#offer-certification").Input("ISO 27001");
        cut.Find("[data-testid=add-certification]").Click();
        cut.WaitForAssertion(() => Assert.Contains("ISO 27001", cut.Find("[data-testid=certifications]").TextContent, StringComparison.Ordinal));
        Save(cut);

        cut.WaitForAssertion(() => Assert.Single(_submitted));
        Assert.Equal(["Which framework will you use?"], _submitted[0].Questions);
        Assert.Equal(["ISO 27001"], _submitted[0].Certifications);
    }
}
