using Bunit;
using Hub.Core;
using Hub.Core.Compute;
using Hub.Web.Components.Pages.Compute;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Hub.Web.Tests;

public sealed class NeedFormTests : IAsyncLifetime
{
    private static readonly DateOnly ThisMonth = new(2031, 3, 1);

    private readonly BunitContext _ctx = new();
    private readonly List<ComputeNeedInput> _submitted = [];
    private IOutcome _answer = Outcome.Done(3);

    public NeedFormTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private IRenderedComponent<NeedForm> RenderForm(ComputeNeedInput input, DateOnly? thisMonth = null)
    {
        _ctx.Render<MudPopoverProvider>();
        return _ctx.Render<NeedForm>(p => p
            .Add(x => x.Input, input)
            .Add(x => x.ThisMonth, thisMonth)
            .Add(x => x.OnSubmit, i =>
            {
                _submitted.Add(i);
                return Task.FromResult(_answer);
            }));
    }

    /// <summary>1,000 GPU-hours of fine-tuning from April to June.</summary>
    private static ComputeNeedInput ValidNeed() => new()
    {
        Title = "Fine-tune a legal language model",
        GpuHours = 1000,
        MinMemoryGb = 40,
        FirstMonth = ThisMonth.AddMonths(1),
        LastMonth = ThisMonth.AddMonths(3),
        Workload = Workload.FineTuning,
    };

    private static void Save(IRenderedComponent<NeedForm> cut) => cut.Find("#need-save").Click();

    [Fact]
    public void AnEmptyTitleShowsItsMessageAndNothingIsSaved()
    {
        var input = ValidNeed();
        input.Title = "";
        var cut = RenderForm(input);

        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("Say in a few words what the compute is for.", cut.Markup, StringComparison.Ordinal));
        Assert.NotNull(cut.Find("[data-testid=form-errors]"));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void ClearingTheTitleShowsItsMessageAsSoonAsItIsTyped()
    {
        var cut = RenderForm(ValidNeed());

        cut.Find("#need-title").Input("");

        cut.WaitForAssertion(() => Assert.Contains("Say in a few words what the compute is for.", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void ATimeframeEndingBeforeItStartsIsRefused()
    {
        var input = ValidNeed();
        input.LastMonth = input.FirstMonth.AddMonths(-1);
        var cut = RenderForm(input);

        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("The timeframe ends after it starts.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void ANewNeedWhoseTimeframeIsOverIsRefused()
    {
        var input = ValidNeed();
        input.FirstMonth = ThisMonth.AddMonths(-4);
        input.LastMonth = ThisMonth.AddMonths(-2);
        var cut = RenderForm(input, ThisMonth);

        Save(cut);

        cut.WaitForAssertion(() => Assert.Contains("The timeframe has to reach this month or later.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void ShowsTheHoursAMonthTheNeedComesTo()
    {
        var cut = RenderForm(ValidNeed());

        // 1,000 hours over April, May and June: 334 a month, rounded up.
        Assert.Contains("About 334 GPU-hours a month over 3 months", cut.Find("[data-testid=need-spread]").TextContent.ReplaceLineEndings(" "), StringComparison.Ordinal);

        cut.Find("#need-hours").Input("3000");

        cut.WaitForAssertion(() => Assert.Contains("About 1,000 GPU-hours a month", cut.Find("[data-testid=need-spread]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void AValidNeedIsSavedWithoutABudgetAndTheServersFieldMessageIsShown()
    {
        _answer = Outcome.Invalid(nameof(ComputeNeedInput.Title), "A need with this title is already open.");
        var cut = RenderForm(ValidNeed());

        Save(cut);

        cut.WaitForAssertion(() => Assert.Single(_submitted));
        Assert.Null(_submitted[0].BudgetEur);
        cut.WaitForAssertion(() => Assert.Contains("A need with this title is already open.", cut.Markup, StringComparison.Ordinal));
    }
}
