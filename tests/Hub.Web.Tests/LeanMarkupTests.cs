using Bunit;
using Hub.Core.Profiles;
using Hub.Web.Components.Layout;
using Hub.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Hub.Web.Tests;

/// <summary>
/// The list markup that replaced per-row MudBlazor components (so that a circuit holds fewer components) shows the same
/// things, and the shared theme renders exactly what MudBlazor's provider renders.
/// </summary>
public sealed class LeanMarkupTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = new();

    public LeanMarkupTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private static ProfileCard Startup(string? logo = null) => new(
        42, ProfileKind.Startup, "Moselle Vision", "Computer vision for vineyards", "LU", "Remich", logo, Stages.Seed, 1_200_000, null, null, null,
        ["Agrifood", "Computer vision"]);

    [Fact]
    public void ADirectoryCardShowsNameLinkPlaceKindFactsAndTagsWithoutChildComponents()
    {
        var cut = _ctx.Render<ProfileCardView>(p => p.Add(c => c.Card, Startup()));

        Assert.Equal("/profiles/42", cut.Find("[data-testid=profile-card] a").GetAttribute("href"));
        Assert.Contains("Luxembourg · Remich", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Startup", cut.Find(".mud-card-header-actions .mud-chip").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Seed · raising", cut.Find("[data-testid=card-facts]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Agrifood", "Computer vision"], cut.FindAll(".mud-card-content .mud-chip").Select(c => c.TextContent).ToList());
        Assert.Empty(cut.FindComponents<MudComponentBase>());
    }

    [Fact]
    public void ACardIsOneStringThatEncodesEveryTextItShows()
    {
        var hostile = Startup() with
        {
            Name = "<script>alert(1)</script>",
            Headline = "\"><img src=x onerror=alert(1)>",
            City = "<b>Remich</b>",
            Tags = ["<i>Agrifood</i>"],
        };

        var cut = _ctx.Render<ProfileCardView>(p => p.Add(c => c.Card, hostile));

        Assert.Empty(cut.FindAll("script, img, b, i"));
        Assert.Equal("<script>alert(1)</script>", cut.Find("[data-testid=profile-card] a").TextContent);
        Assert.Equal("\"><img src=x onerror=alert(1)>", cut.Find(".mud-card-content p").TextContent);
        Assert.Equal("Luxembourg · <b>Remich</b>", cut.Find(".mud-card-header-content p").TextContent);
        Assert.Equal("<i>Agrifood</i>", cut.Find(".mud-card-content .mud-chip").TextContent);
    }

    [Theory]
    [InlineData("/profiles/42/logo?v=3", true)]
    [InlineData("https://tracker.example/logo.png", false)]
    [InlineData("//tracker.example/profiles/42/logo", false)]
    public void AnAvatarShowsOnlyHubsOwnLogoElseTheInitials(string logo, bool shown)
    {
        var cut = _ctx.Render<ProfileCardView>(p => p.Add(c => c.Card, Startup(logo)));

        var avatar = cut.Find(".mud-avatar");
        Assert.Equal(shown, avatar.QuerySelector("img") is not null);
        Assert.Equal(shown ? "" : "MV", avatar.TextContent);
    }

    [Fact]
    public void TheSharedThemeRendersWhatMudBlazorRenders()
    {
        var mud = _ctx.Render<MudThemeProvider>(p => p.Add(t => t.Theme, HubTheme.Theme));
        var shared = _ctx.Render<HubThemeProvider>(p => p.Add(t => t.Theme, HubTheme.Theme));

        Assert.Contains("--mud-palette-primary", shared.Markup, StringComparison.Ordinal);
        Assert.Equal(mud.Markup, shared.Markup);
    }
}
