using System.Net;
using System.Text.Json;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Hub.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

public class StartupAndAccessTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    [Fact]
    public async Task StartsWithMigrationsAppliedAndTheDemoEcosystemLoaded()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.True(await db.Profiles.CountAsync() >= 300);
        Assert.True(await db.ComputeOffers.CountAsync() >= 15);
        Assert.NotNull(await db.Users.SingleOrDefaultAsync(u => u.Email == "admin@hub.demo"));
    }

    [Fact]
    public async Task HealthReportsTheDatabaseReady()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheDirectoryRendersProfilesForAnonymousVisitors()
    {
        var html = await factory.CreateClient().GetStringAsync("/directory?kind=Investor");
        Assert.Contains("Directory", html, StringComparison.Ordinal);
        Assert.Contains("Investor", html, StringComparison.Ordinal);
        Assert.Contains("profile-card", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProfilePageShowsTheProfile()
    {
        int id;
        string name;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            // An anonymous type rather than a tuple: PostgreSQL would return a tuple as one record column.
            var first = await db.Profiles.Where(p => p.Kind == ProfileKind.Investor).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync();
            (id, name) = (first.Id, first.Name);
        }

        var html = await factory.CreateClient().GetStringAsync($"/profiles/{id}");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(name), html, StringComparison.Ordinal);
        Assert.Contains("Ticket", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/profiles/new")]
    [InlineData("/profiles/1/edit")]
    [InlineData("/my/profiles")]
    [InlineData("/account/password")]
    public async Task AnAnonymousVisitorIsSentToSignIn(string path)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{path} answered {response.StatusCode}");
        var location = new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery;
        Assert.StartsWith("/account/login?returnUrl=", location, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AMemberSeesNoEditFormForAProfileTheyDoNotManage()
    {
        await factory.CreateMemberAsync("mallory@example.com");
        var client = await factory.SignedInClientAsync("mallory@example.com");

        var html = await client.GetStringAsync("/profiles/1/edit");

        Assert.Contains("Only the people who manage this profile can edit it.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("profile-form", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberSeesTheEditFormForTheirOwnProfile()
    {
        var (_, id) = await factory.DemoProfileAsync("startup@hub.demo");

        var client = await factory.SignedInClientAsync("startup@hub.demo");
        var html = await client.GetStringAsync($"/profiles/{id}/edit");

        Assert.Contains("profile-form", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignInTicketWorksOnceOnly()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var tickets = scope.ServiceProvider.GetRequiredService<SignInTickets>();
        var ticket = await tickets.IssueAsync(new SignInTicket("someone", false, "/"), "browser");
        Assert.NotNull(await tickets.RedeemAsync(ticket, "browser"));
        Assert.Null(await tickets.RedeemAsync(ticket, "browser"));
    }

    [Fact]
    public async Task AForgedOrReusedTicketDoesNotSignIn()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync($"/account/complete?ticket={new string('A', 64)}");
        Assert.Equal("/account/login?expired=1", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/directory?kind=Investor", "/directory?kind=Investor")]
    public void ReturnUrlsStayOnHub(string returnUrl, string expected) =>
        Assert.Equal(expected, HubAccountsSetup.SafeReturnUrl(returnUrl));

    [Fact]
    public async Task SigningOutNeedsTheAntiforgeryToken()
    {
        var client = await factory.SignedInClientAsync("investor@hub.demo");
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent([new("returnUrl", "/")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownPageSaysNotFound()
    {
        var response = await factory.CreateClient().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/profiles/999999999")]
    [InlineData("/profiles/999999999/edit")]
    [InlineData("/conversations/999999999")]
    public async Task AnUnknownIdAnswersNotFound(string path)
    {
        var client = await factory.SignedInClientAsync("investor@hub.demo");
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPeoplesConversationAnswersNotFound()
    {
        var (founder, startup) = await factory.DemoProfileAsync("startup@hub.demo");
        var (researcher, lab) = await factory.DemoProfileAsync("researcher@hub.demo");
        long conversation;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var introductions = scope.ServiceProvider.GetRequiredService<Hub.Core.Introductions.IntroductionService>();
            var sent = await introductions.SendAsync(founder, startup, lab, "We would like to test your lab's vision models in a pilot.", []);
            conversation = (await introductions.AcceptAsync(researcher, sent.Value)).Value;
        }

        var outsider = await factory.SignedInClientAsync("investor@hub.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/conversations/{conversation}")).StatusCode);
        var participant = await factory.SignedInClientAsync("startup@hub.demo");
        Assert.Equal(HttpStatusCode.OK, (await participant.GetAsync($"/conversations/{conversation}")).StatusCode);
    }
}
