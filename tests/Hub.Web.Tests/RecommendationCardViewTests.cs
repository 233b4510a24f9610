using Bunit;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Hub.Matching.Features;
using Hub.Matching.Ranking;
using Hub.Matching.Serving;
using Hub.Web.Components.Pages.Recommendations;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Hub.Web.Tests;

public sealed class RecommendationCardViewTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = new();

    public RecommendationCardViewTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private static RecommendationCard Card(bool saved = false) => new(
        new ProfileCard(7, ProfileKind.Investor, "Alzette Seed", "Seed investor in health AI", "LU", "Luxembourg", null, null, null, 500_000, 2_000_000, null, ["Health"]),
        0.82f, 0.7f, 0.9f,
        [
            new MatchReason(MatchFeature.TicketFit, 0.3f, "They invest €500k–€2M at Seed; you raise €1.2M at Seed"),
            new MatchReason(MatchFeature.SectorOverlap, 0.2f, "Both work in Health"),
        ],
        saved);

    [Fact]
    public void ShowsTheMatchAndEveryReasonInWords()
    {
        var cut = _ctx.Render<RecommendationCardView>(p => p.Add(c => c.Card, Card()));

        Assert.Contains("82", cut.Find("[data-testid=match-score]").TextContent, StringComparison.Ordinal);
        var reasons = cut.FindAll("[data-testid=reasons] li").Select(li => li.TextContent).ToList();
        Assert.Equal(["They invest €500k–€2M at Seed; you raise €1.2M at Seed", "Both work in Health"], reasons);
        Assert.Empty(cut.FindAll("[data-testid=dismiss]"));
    }

    [Fact]
    public void SavingAsksForTheOppositeOfTheCurrentState()
    {
        bool? asked = null;
        var cut = _ctx.Render<RecommendationCardView>(p => p
            .Add(c => c.Card, Card(saved: true))
            .Add(c => c.ShowActions, true)
            .Add(c => c.OnSaveChanged, EventCallback.Factory.Create<bool>(this, v => asked = v)));

        Assert.Contains("Saved", cut.Find("[data-testid=save]").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid=save]").Click();
        Assert.False(asked);
    }

    [Fact]
    public void DismissingPassesTheChosenReason()
    {
        DismissalReason? reason = null;
        var cut = _ctx.Render<RecommendationCardView>(p => p
            .Add(c => c.Card, Card())
            .Add(c => c.ShowActions, true)
            .Add(c => c.OnDismiss, EventCallback.Factory.Create<DismissalReason>(this, r => reason = r)));

        cut.Find("[data-testid=dismiss]").Click();
        cut.Find("[data-testid=dismiss-WrongTicket]").Click();

        Assert.Equal(DismissalReason.WrongTicket, reason);
    }

    [Fact]
    public void TheReasonsExistOnlyWhileOpenAndTheButtonSaysSo()
    {
        var cut = _ctx.Render<RecommendationCardView>(p => p.Add(c => c.Card, Card()).Add(c => c.ShowActions, true));
        var dismiss = cut.Find("[data-testid=dismiss]");
        Assert.Equal("false", dismiss.GetAttribute("aria-expanded"));
        Assert.Empty(cut.FindAll("[data-testid^=dismiss-]"));

        dismiss.Click();
        Assert.Equal("true", cut.Find("[data-testid=dismiss]").GetAttribute("aria-expanded"));
        var reasons = cut.Find($"#{cut.Find("[data-testid=dismiss]").GetAttribute("aria-controls")}");
        Assert.Equal(5, reasons.QuerySelectorAll("button").Length);

        cut.Find("[data-testid=dismiss]").Click();
        Assert.Empty(cut.FindAll("[data-testid^=dismiss-]"));
    }

    [Fact]
    public void TheScoreExplainsItselfToScreenReadersAndOnHover()
    {
        var cut = _ctx.Render<RecommendationCardView>(p => p.Add(c => c.Card, Card()));
        var score = cut.Find("[data-testid=match-score]");
        Assert.Contains("Fit for you", score.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("their likely interest", score.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A card is one component: no MudBlazor component per card stays in the circuit.</summary>
    [Fact]
    public void ACardHoldsNoChildComponents()
    {
        var cut = _ctx.Render<RecommendationCardView>(p => p.Add(c => c.Card, Card()).Add(c => c.ShowActions, true));
        Assert.Empty(cut.FindComponents<MudComponentBase>());
    }

    [Fact]
    public void TheProfileLinkCarriesTheSeekerSoAVisitCountsAsViewed()
    {
        var cut = _ctx.Render<RecommendationCardView>(p => p.Add(c => c.Card, Card()).Add(c => c.SeekerId, 3));
        Assert.Equal("/profiles/7?from=3", cut.Find("[data-testid=recommendation-name]").GetAttribute("href"));
    }
}
