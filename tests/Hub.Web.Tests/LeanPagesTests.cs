using System.Text.RegularExpressions;

namespace Hub.Web.Tests;

/// <summary>
/// For you and the inbox as a member's browser first receives them: plain tabs with only the open panel rendered, and a
/// closed country filter that holds no options.
/// </summary>
public sealed partial class LeanPagesTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    [GeneratedRegex("role=\"tabpanel\"")]
    private static partial Regex Panel();

    [GeneratedRegex("role=\"tab\"")]
    private static partial Regex Tab();

    [GeneratedRegex("role=\"option\"")]
    private static partial Regex Option();

    private async Task<string> PageAsync(string email, string address)
    {
        var client = await factory.SignedInClientAsync(email);
        var response = await client.GetAsync(address);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task ForYouRendersItsListsAsTabsWithOnlyTheFirstPanelAndNoCountryOptions()
    {
        var html = await PageAsync("startup@hub.demo", "/for-you");

        Assert.Contains("role=\"tablist\"", html, StringComparison.Ordinal);
        Assert.True(Tab().Count(html) >= 2, "the lists and Saved are tabs");
        Assert.Contains(">Saved", html, StringComparison.Ordinal);
        Assert.Single(Panel().Matches(html));
        Assert.Contains("data-testid=\"recommendation-card\"", html, StringComparison.Ordinal);
        Assert.Empty(Option().Matches(html));
        Assert.Contains("id=\"country-filter\"", html, StringComparison.Ordinal);
        Assert.Contains("Any country", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInboxRendersOnlyTheReceivedPanel()
    {
        var html = await PageAsync("investor@hub.demo", "/introductions");

        Assert.Equal(3, Tab().Count(html));
        var panel = Assert.Single(Panel().Matches(html));
        Assert.Contains("data-testid=\"tab-received\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"tab-sent\"", html, StringComparison.Ordinal);
        Assert.True(panel.Index > 0);
    }
}
