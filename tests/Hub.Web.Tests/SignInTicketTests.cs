using System.Net;
using Hub.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>A sign-in ticket signs in only the browser that earned it, and only once.</summary>
public class SignInTicketTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    private async Task<string> IssueAsync(string browserNonce)
    {
        var (userId, _) = await factory.DemoProfileAsync("startup@hub.demo");
        return await factory.Services.GetRequiredService<SignInTickets>().IssueAsync(new SignInTicket(userId, false, "/my/profiles"), browserNonce);
    }

    [Fact]
    public async Task ATicketRedeemedByTheBrowserThatEarnedItSignsIn()
    {
        var ticket = await IssueAsync("browser-a");

        using var response = await factory.CompleteSignInAsync(ticket, "browser-a");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/my/profiles", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hub.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATicketRedeemedFromAnotherBrowserWithoutItsNonceIsRefused()
    {
        var ticket = await IssueAsync("browser-a");

        using var response = await factory.CompleteSignInAsync(ticket, browserNonce: null);

        Assert.Equal("/account/login?expired=1", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ATicketRedeemedFromAnotherBrowserWithItsOwnNonceIsRefused()
    {
        var ticket = await IssueAsync("browser-a");

        using var response = await factory.CompleteSignInAsync(ticket, "browser-b");

        Assert.Equal("/account/login?expired=1", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task OfConcurrentRedemptionsOfOneTicketExactlyOneSucceeds()
    {
        var tickets = factory.Services.GetRequiredService<SignInTickets>();
        for (var round = 0; round < 50; round++)
        {
            var ticket = await tickets.IssueAsync(new SignInTicket("someone", false, "/"), "browser-a");
            using var start = new Barrier(8);
            var attempts = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await tickets.RedeemAsync(ticket, "browser-a");
            })).ToList();

            var redeemed = await Task.WhenAll(attempts);

            Assert.Single(redeemed, r => r is not null);
        }
    }

    [Fact]
    public async Task APageGivesTheBrowserItsSignInNonce()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("Accept", "text/html");

        using var response = await client.SendAsync(request);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SignInBrowser.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SigningInFromACircuitWithoutABrowserNonceIsRefusedBeforeThePasswordIsChecked()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();

        var result = await accounts.SignInAsync("startup@hub.demo", "wrong", false, "/");

        Assert.False(result.Succeeded);
        Assert.Equal("This page is out of date. Reload it and try again.", result.Message);
    }
}
