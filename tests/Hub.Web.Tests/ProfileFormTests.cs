using Bunit;
using Hub.Core;
using Hub.Core.Profiles;
using Hub.Core.Seeding;
using Hub.Core.Taxonomy;
using Hub.Web.Components.Pages.Profiles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Hub.Web.Tests;

public sealed class ProfileFormTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = new();
    private readonly List<ProfileInput> _submitted = [];
    private Outcome<int> _answer = Outcome.Done(42);

    private static readonly IReadOnlyList<Tag> Taxonomy = new DemoWorldGenerator().Generate().Taxonomy
        .Select((t, i) => new Tag { Id = i + 1, Slug = t.Slug, Name = t.Name, Facet = t.Facet }).ToList();

    public ProfileFormTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private IRenderedComponent<ProfileForm> RenderForm(ProfileInput input)
    {
        _ctx.Render<MudPopoverProvider>();
        return _ctx.Render<ProfileForm>(p => p
            .Add(x => x.Input, input)
            .Add(x => x.Taxonomy, Taxonomy)
            .Add(x => x.OnSubmit, i =>
            {
                _submitted.Add(i);
                return Task.FromResult(_answer);
            }));
    }

    private static ProfileInput ValidStartup() => new()
    {
        Kind = ProfileKind.Startup,
        Name = "Orbital Vision",
        Headline = "Computer vision for satellite operators",
        Country = "LU",
        Seeks = Intent.Funding,
        TagSlugs = ["space"],
        Stage = Stages.Seed,
    };

    private static void Next(IRenderedComponent<ProfileForm> cut) => cut.Find("#wizard-next").Click();

    /// <summary>The step the user sees as current ("2. Where" is step 1), read from the step chips.</summary>
    private static int CurrentStep(IRenderedComponent<ProfileForm> cut) =>
        int.Parse(cut.Find("[aria-current=step]").TextContent.Trim().Split('.')[0], System.Globalization.CultureInfo.InvariantCulture) - 1;

    [Fact]
    public void ShowsTheMessageNextToAnEmptyNameAndStaysOnTheStep()
    {
        var cut = RenderForm(new ProfileInput());

        Next(cut);

        cut.WaitForAssertion(() => Assert.Contains("Give the profile a name.", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("Say in one line what you do.", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(0, CurrentStep(cut));
    }

    [Fact]
    public void ShowsAMessageAsSoonAsTheHeadlineIsTooShort()
    {
        var cut = RenderForm(new ProfileInput());

        cut.Find("#profile-headline-input").Input("Too short");

        cut.WaitForAssertion(() => Assert.Contains("The headline needs at least 10 characters.", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void TypingValidBasicsMovesToTheNextStep()
    {
        var cut = RenderForm(new ProfileInput());

        cut.Find("#profile-name-input").Input("Orbital Vision");
        cut.Find("#profile-headline-input").Input("Computer vision for satellite operators");
        Next(cut);

        cut.WaitForAssertion(() => Assert.Equal(1, CurrentStep(cut)));
        Assert.Contains("Where to find you", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesToLeaveTheFocusStepWithoutAnyIntent()
    {
        var input = ValidStartup();
        input.Seeks = Intent.None;
        var cut = RenderForm(input);

        Next(cut);
        cut.WaitForAssertion(() => Assert.Equal(1, CurrentStep(cut)));
        Next(cut);
        cut.WaitForAssertion(() => Assert.Equal(2, CurrentStep(cut)));
        Next(cut);

        cut.WaitForAssertion(() => Assert.Contains("Pick at least one thing you offer or seek", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(2, CurrentStep(cut));
    }

    [Fact]
    public void ValidInputWalksThroughEveryStepAndSaves()
    {
        var cut = RenderForm(ValidStartup());

        for (var step = 1; step <= 4; step++)
        {
            Next(cut);
            var expected = step;
            cut.WaitForAssertion(() => Assert.Equal(expected, CurrentStep(cut)));
        }

        Assert.Contains("Orbital Vision", cut.Find("#profile-review").TextContent, StringComparison.Ordinal);
        cut.Find("#wizard-save").Click();

        cut.WaitForAssertion(() => Assert.Single(_submitted));
        Assert.Equal("Orbital Vision", _submitted[0].Name);
        Assert.Equal(Stages.Seed, _submitted[0].Stage);
    }

    [Fact]
    public void AStartupWithoutAStageCannotReachTheReview()
    {
        var input = ValidStartup();
        input.Stage = null;
        var cut = RenderForm(input);

        for (var step = 1; step <= 3; step++)
        {
            Next(cut);
            var expected = step;
            cut.WaitForAssertion(() => Assert.Equal(expected, CurrentStep(cut)));
        }

        Next(cut);

        cut.WaitForAssertion(() => Assert.Contains("Choose the startup's stage.", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(3, CurrentStep(cut));
        Assert.Empty(_submitted);
    }

    [Fact]
    public void AServerRefusalSendsTheUserToTheStepWithTheProblem()
    {
        _answer = Outcome.Invalid(nameof(ProfileInput.Name), "Someone changed this name meanwhile.");
        var cut = RenderForm(ValidStartup());
        for (var step = 1; step <= 4; step++)
        {
            Next(cut);
            var expected = step;
            cut.WaitForAssertion(() => Assert.Equal(expected, CurrentStep(cut)));
        }

        cut.Find("#wizard-save").Click();

        cut.WaitForAssertion(() => Assert.Equal(0, CurrentStep(cut)));
    }
}
