using System.Net;
using Hub.Core.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>The members section of a profile and the invitations page, on the real app and database.</summary>
public sealed class ProfileMembersPageTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    private async Task<long> InviteAsync(string inviter, int profileId, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var invited = await scope.ServiceProvider.GetRequiredService<ProfileMembership>().InviteAsync(inviter, profileId, email, ProfileRole.Editor);
        Assert.True(invited.Succeeded, invited.Message);
        return invited.Value;
    }

    [Fact]
    public async Task TheOwnerSeesTheWaitingInvitationOnTheProfilePageAndAStrangerSeesNoMembers()
    {
        var (owner, profile) = await factory.DemoProfileAsync("startup@hub.demo");
        await InviteAsync(owner, profile, "someone.invited@example.org");

        var asOwner = await (await factory.SignedInClientAsync("startup@hub.demo")).GetStringAsync($"/profiles/{profile}");
        var asStranger = await (await factory.SignedInClientAsync("investor@hub.demo")).GetStringAsync($"/profiles/{profile}");

        Assert.Contains("Invitations waiting for an answer", asOwner, StringComparison.Ordinal);
        Assert.Contains("someone.invited@example.org", asOwner, StringComparison.Ordinal);
        Assert.DoesNotContain("profile-members", asStranger, StringComparison.Ordinal);
        Assert.DoesNotContain("someone.invited@example.org", asStranger, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInvitedPersonSeesTheInvitationOnTheirProfilesPage()
    {
        var (owner, profile) = await factory.DemoProfileAsync("researcher@hub.demo");
        await InviteAsync(owner, profile, "company@hub.demo");

        var page = WebUtility.HtmlDecode(await (await factory.SignedInClientAsync("company@hub.demo")).GetStringAsync("/my/profiles"));

        Assert.Contains("Invitations to manage a profile", page, StringComparison.Ordinal);
        Assert.Contains("invites you as editor", page, StringComparison.Ordinal);
    }
}
