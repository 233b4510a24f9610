using System.Net;
using System.Text.Json;
using Hub.Core.Introductions;
using Hub.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>"Download my data" gives a person everything Hub holds about them, and nothing of anyone else's or any secret.</summary>
public class PersonalDataTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    [Fact]
    public async Task ThePersonsOwnIntroductionsAndAccountAreInTheirFileAndNotInSomeoneElses()
    {
        var (sam, samProfile) = await factory.DemoProfileAsync("startup@hub.demo");
        var (_, company) = await factory.DemoProfileAsync("company@hub.demo");
        const string Note = "Personal-data test: we would like to pilot your vision model on our production line.";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sent = await scope.ServiceProvider.GetRequiredService<IntroductionService>().SendAsync(sam, samProfile, company, Note, []);
            Assert.True(sent.Succeeded, sent.Message);
        }

        var mine = await (await factory.SignedInClientAsync("startup@hub.demo")).GetAsync(PersonalDataEndpoints.Path);
        var theirs = await (await factory.SignedInClientAsync("investor@hub.demo")).GetStringAsync(PersonalDataEndpoints.Path);

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("application/json", mine.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("hub-my-data-", mine.Content.Headers.ContentDisposition!.FileNameStar ?? mine.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await mine.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("startup@hub.demo", root.GetProperty("account").GetProperty("email").GetString());
        Assert.Contains(root.GetProperty("introductions").EnumerateArray(), i => i.GetProperty("note").GetString() == Note && i.GetProperty("youSentIt").GetBoolean());
        Assert.NotEmpty(root.GetProperty("profiles").EnumerateArray());
        var text = root.GetRawText();
        Assert.DoesNotContain("passwordHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Note, theirs, StringComparison.Ordinal);
        Assert.Contains("investor@hub.demo", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitationsBlocksAndTheirChoicesAreInTheFile()
    {
        var (sam, samProfile) = await factory.DemoProfileAsync("startup@hub.demo");
        // Not the company: the other test sends it an introduction in the same hub.
        var (_, lab) = await factory.DemoProfileAsync("researcher@hub.demo");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var invited = await scope.ServiceProvider.GetRequiredService<Hub.Core.Profiles.ProfileMembership>()
                .InviteAsync(sam, samProfile, "personal-data-colleague@example.com", Hub.Core.Profiles.ProfileRole.Editor);
            Assert.True(invited.Succeeded, invited.Message);
            var blocked = await scope.ServiceProvider.GetRequiredService<Hub.Core.Introductions.ProfileBlocking>().BlockAsync(sam, samProfile, lab);
            Assert.True(blocked.Succeeded, blocked.Message);
        }

        using var json = JsonDocument.Parse(await (await factory.SignedInClientAsync("startup@hub.demo")).GetStringAsync(PersonalDataEndpoints.Path));
        var root = json.RootElement;

        Assert.Contains(root.GetProperty("profileInvitations").EnumerateArray(),
            i => i.GetProperty("email").GetString() == "personal-data-colleague@example.com" && i.GetProperty("youSentIt").GetBoolean());
        Assert.NotEmpty(root.GetProperty("blocksByYourProfiles").EnumerateArray());
        Assert.True(root.TryGetProperty("settings", out _));
        Assert.True(root.TryGetProperty("personalisation", out _));
    }

    [Fact]
    public async Task ASignedOutVisitorGetsNoFile()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(PersonalDataEndpoints.Path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"account\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
