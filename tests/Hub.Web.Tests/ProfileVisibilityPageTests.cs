using System.Net;
using Hub.Core.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>The profile page and directory as each reader gets them (prerendered), with the default visibility.</summary>
public sealed class ProfileVisibilityPageTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    private async Task<(int Id, string Raise)> StartupAsync()
    {
        var (_, profile) = await factory.DemoProfileAsync("startup@hub.demo");
        await using var scope = factory.Services.CreateAsyncScope();
        var raise = (await scope.ServiceProvider.GetRequiredService<ProfileReader>().GetAsync(profile))!.RaiseTargetEur;
        Assert.NotNull(raise);
        return (profile, Labels.Euros(raise));
    }

    /// <summary>The key facts table (the demo's own description mentions its round, which the profile chose to say).</summary>
    private static string Facts(string html)
    {
        var start = html.IndexOf("id=\"profile-facts\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has no key facts.");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task ASignedOutVisitorReadsANoticeWhereTheRaiseWouldBe()
    {
        var (profile, raise) = await StartupAsync();

        var page = Facts(WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/profiles/{profile}")));

        Assert.Contains("Visible to members", page, StringComparison.Ordinal);
        Assert.DoesNotContain(raise, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedInMemberOfAnotherProfileReadsTheRaise()
    {
        var (profile, raise) = await StartupAsync();

        var page = Facts(WebUtility.HtmlDecode(await (await factory.SignedInClientAsync("researcher@hub.demo")).GetStringAsync($"/profiles/{profile}")));

        Assert.Contains(raise, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Visible to members", page, StringComparison.Ordinal);
    }
}
