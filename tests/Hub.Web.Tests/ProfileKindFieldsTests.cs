using Bunit;
using Hub.Core;
using Hub.Core.Profiles;
using Hub.Web.Components.Pages.Profiles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Hub.Web.Tests;

public sealed class ProfileKindFieldsTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = new();

    public ProfileKindFieldsTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
    }

    public static TheoryData<ProfileKind> Kinds => new(Enum.GetValues<ProfileKind>());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private IRenderedComponent<ProfileForm> RenderFormOnDetailsStep(ProfileInput input)
    {
        _ctx.Render<MudPopoverProvider>();
        var cut = _ctx.Render<ProfileForm>(p => p
            .Add(x => x.Input, input)
            .Add(x => x.Taxonomy, [new Core.Taxonomy.Tag { Id = 1, Slug = "fintech", Name = "Fintech", Facet = Core.Taxonomy.TagFacet.Sector }])
            .Add(x => x.OnSubmit, _ => Task.FromResult(Outcome.Done(1))));
        for (var step = 1; step <= 3; step++)
        {
            cut.Find("#wizard-next").Click();
            var expected = step;
            cut.WaitForAssertion(() => Assert.Contains($"{expected + 1}. ", cut.Find("[aria-current=step]").TextContent, StringComparison.Ordinal));
        }

        return cut;
    }

    private static ProfileInput Basics(ProfileKind kind) => new()
    {
        Kind = kind,
        Name = "Sample profile",
        Headline = "A profile to try the details step",
        Country = "LU",
        Seeks = Intent.Funding,
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TheDetailsStepHasAnInputForEveryFieldOfTheKindAndNoOther(ProfileKind kind)
    {
        _ctx.Render<MudPopoverProvider>();
        var cut = _ctx.Render<ProfileKindFields>(p => p.Add(x => x.Input, new ProfileInput { Kind = kind }));

        Assert.All(ProfileFieldCatalogue.All, field =>
        {
            var shown = cut.FindAll($"#{field.ElementId}").Count > 0;
            Assert.Equal(field.Kind == kind, shown);
            if (shown)
            {
                Assert.Contains(field.Label, cut.Markup, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void AFoundingYearOutOfRangeIsFlaggedAsTheUserEntersIt()
    {
        var input = Basics(ProfileKind.Startup);
        input.Stage = Stages.Seed;
        var cut = RenderFormOnDetailsStep(input);

        cut.Find("#startup-founded").Change("1800");

        cut.WaitForAssertion(() => Assert.Contains("Enter a year between 1950 and", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(1800, input.FoundedYear);
    }

    [Fact]
    public void AnInvestorWithoutStagesIsToldUnderTheChipsAndPickingOneClearsTheMessage()
    {
        var input = Basics(ProfileKind.Investor);
        input.InvestorType = InvestorType.BusinessAngel;
        input.TicketMinEur = 50_000;
        input.TicketMaxEur = 500_000;
        var cut = RenderFormOnDetailsStep(input);

        cut.Find("#wizard-next").Click();
        cut.WaitForAssertion(() => Assert.Contains("Choose at least one stage you invest in.", cut.Markup, StringComparison.Ordinal));

        cut.FindAll("#investor-stages button").Single(b => b.TextContent.Trim() == "Seed").Click();

        cut.WaitForAssertion(() => Assert.DoesNotContain("Choose at least one stage you invest in.", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(Stages.Seed, input.InvestorStages);
    }

    [Fact]
    public void PickingGeographiesStoresTheirCodes()
    {
        var input = Basics(ProfileKind.Investor);
        _ctx.Render<MudPopoverProvider>();
        var cut = _ctx.Render<ProfileKindFields>(p => p.Add(x => x.Input, input));

        cut.FindAll("#investor-geographies button").Single(b => b.TextContent.Trim() == "Luxembourg").Click();
        cut.FindAll("#investor-geographies button").Single(b => b.TextContent.Trim() == "EU").Click();

        Assert.Equal(["LU", "EU"], input.Geographies);
    }
}
