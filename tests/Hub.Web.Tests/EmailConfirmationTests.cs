using System.Net;
using Hub.Core;
using Hub.Core.Accounts;
using Hub.Web.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Web.Tests;

/// <summary>
/// Registration proves the address before the account can be used, and answers the same for a new and a taken address.
/// </summary>
public sealed class EmailConfirmationTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly HubWebFactory _factory;

    public EmailConfirmationTests() => _factory = HubWebFactory.With(new Dictionary<string, string?>(), _clock);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ANewAndAnExistingAddressGetTheSameAnswerAndNeitherIsSignedIn()
    {
        var fresh = await WithAccounts("10.20.0.1", a => a.RegisterAsync("Ines", "ines@example.com", "Fresh-Pass-2026", "/my/profiles"));
        var taken = await WithAccounts("10.20.0.2", a => a.RegisterAsync("Ines", "startup@hub.demo", "Fresh-Pass-2026", "/my/profiles"));

        Assert.True(fresh.Succeeded);
        Assert.Equal(fresh, taken);

        // The new address has a link to confirm; the existing one a note saying how to sign in. Nobody got a sign-in.
        Assert.Contains("/account/confirm?", Assert.Single(_factory.Mail.To("ines@example.com")).Link, StringComparison.Ordinal);
        var note = Assert.Single(_factory.Mail.To("startup@hub.demo"));
        Assert.Contains("Someone tried", note.Subject, StringComparison.Ordinal);
        Assert.EndsWith("/account/login", note.Link, StringComparison.Ordinal);
        Assert.Equal(AccountService.UnconfirmedMessage, (await SignIn("10.20.0.3", "ines@example.com", "Fresh-Pass-2026")).Message);
        Assert.Equal("Email or password is wrong.", (await SignIn("10.20.0.3", "startup@hub.demo", "Fresh-Pass-2026")).Message);
        Assert.True((await SignIn("10.20.0.3", "startup@hub.demo", "Demo!2026hub")).Succeeded);
    }

    [Fact]
    public async Task TheLinkConfirmsTheAddressAndThenThePersonSignsIn()
    {
        await WithAccounts("10.21.0.1", a => a.RegisterAsync("Jon", "jon@example.com", "Fresh-Pass-2026", "/my/profiles?welcome=1"));
        var link = new Uri(Assert.Single(_factory.Mail.To("jon@example.com")).Link!);

        var confirmed = await Client().GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/account/login?confirmed=1&returnUrl=%2Fmy%2Fprofiles%3Fwelcome%3D1", confirmed.Headers.Location!.OriginalString);
        Assert.True((await UserAsync("jon@example.com")).EmailConfirmed);
        var signIn = await SignIn("10.21.0.2", "jon@example.com", "Fresh-Pass-2026");
        Assert.StartsWith("/account/complete?ticket=", signIn.Value, StringComparison.Ordinal);
        Assert.Contains("Your e-mail address is confirmed", await Client().GetStringAsync(confirmed.Headers.Location.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadTamperedForeignOrExpiredLinkConfirmsNothingAndSaysSo()
    {
        await WithAccounts("10.22.0.1", a => a.RegisterAsync("Kai", "kai@example.com", "Fresh-Pass-2026", "/"));
        await WithAccounts("10.22.0.2", a => a.RegisterAsync("Lou", "lou@example.com", "Fresh-Pass-2026", "/"));
        var link = Assert.Single(_factory.Mail.To("kai@example.com")).Link!;
        var kai = await UserAsync("kai@example.com");
        var lou = await UserAsync("lou@example.com");
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query)["token"]!;
        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        string[] bad =
        [
            $"/account/confirm?user={kai.Id}&token=not-a-token",
            $"/account/confirm?user={kai.Id}&token={tampered}",
            $"/account/confirm?user={lou.Id}&token={token}",
            $"/account/confirm?user=nobody&token={token}",
            $"/account/confirm?user={kai.Id}",
        ];
        foreach (var path in bad)
        {
            var response = await Client().GetAsync(path);
            Assert.Equal("/account/login?confirm=invalid", response.Headers.Location?.OriginalString);
        }

        _clock.Advance(ConfirmationTokenProvider.Lifespan + TimeSpan.FromMinutes(1));
        var expired = await Client().GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal("/account/login?confirm=invalid", expired.Headers.Location?.OriginalString);
        Assert.False((await UserAsync("kai@example.com")).EmailConfirmed);
        Assert.False((await UserAsync("lou@example.com")).EmailConfirmed);
        Assert.Contains("That confirmation link is not valid", await Client().GetStringAsync("/account/login?confirm=invalid"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnconfirmedAccountIsRefusedAndCanAskForANewLinkWhileOthersGetTheSameAnswer()
    {
        await WithAccounts("10.23.0.1", a => a.RegisterAsync("Mia", "mia@example.com", "Fresh-Pass-2026", "/"));

        Assert.Equal(AccountService.UnconfirmedMessage, (await SignIn("10.23.0.2", "mia@example.com", "Fresh-Pass-2026")).Message);
        Assert.Equal("Email or password is wrong.", (await SignIn("10.23.0.2", "mia@example.com", "Wrong-Pass-2026")).Message);

        var resent = await WithAccounts("10.23.0.3", a => a.ResendConfirmationAsync("mia@example.com"));
        var unknown = await WithAccounts("10.23.0.3", a => a.ResendConfirmationAsync("nobody@example.com"));
        var confirmed = await WithAccounts("10.23.0.3", a => a.ResendConfirmationAsync("investor@hub.demo"));

        Assert.True(resent.Succeeded);
        Assert.Equal(resent, unknown);
        Assert.Equal(resent, confirmed);
        Assert.Equal(2, _factory.Mail.To("mia@example.com").Count);
        Assert.Empty(_factory.Mail.To("nobody@example.com"));
        Assert.Empty(_factory.Mail.To("investor@hub.demo"));
    }

    [Fact]
    public async Task AskingForLinksToOneAddressIsLimitedSoNobodyCanFloodAnInbox()
    {
        await WithAccounts("10.24.0.1", a => a.RegisterAsync("Noa", "noa@example.com", "Fresh-Pass-2026", "/"));
        for (var i = 0; i < 10; i++)
        {
            // From many addresses, as a script would: each asks once.
            Assert.True((await WithAccounts($"10.24.1.{i}", a => a.ResendConfirmationAsync("noa@example.com"))).Succeeded);
        }

        Assert.Equal(5, _factory.Mail.To("noa@example.com").Count);
    }

    [Fact]
    public async Task RegisteringAWaitingAddressAgainReplacesThePasswordAndKillsTheOlderLink()
    {
        // A squatter registers someone else's address first; the owner then registers it themselves.
        await WithAccounts("10.25.0.1", a => a.RegisterAsync("Squatter", "ola@example.com", "Squatter-Pass-1", "/"));
        await WithAccounts("10.25.0.2", a => a.RegisterAsync("Ola", "ola@example.com", "Owners-Pass-2026", "/"));
        var mails = _factory.Mail.To("ola@example.com");
        Assert.Equal(2, mails.Count);

        var older = await Client().GetAsync(new Uri(mails[0].Link!).PathAndQuery);
        Assert.Equal("/account/login?confirm=invalid", older.Headers.Location?.OriginalString);

        await Client().GetAsync(new Uri(mails[1].Link!).PathAndQuery);
        Assert.Equal("Email or password is wrong.", (await SignIn("10.25.0.3", "ola@example.com", "Squatter-Pass-1")).Message);
        Assert.True((await SignIn("10.25.0.3", "ola@example.com", "Owners-Pass-2026")).Succeeded);
        Assert.Equal("Ola", (await UserAsync("ola@example.com")).DisplayName);
    }

    private HttpClient Client() =>
        _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private Task<Outcome<string>> SignIn(string address, string email, string password) =>
        WithAccounts(address, a => a.SignInAsync(email, password, false, null));

    private async Task<HubUser> UserAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>().FindByEmailAsync(email))!;
    }

    /// <summary>The account service as a circuit from the given client address would use it.</summary>
    private async Task<T> WithAccounts<T>(string address, Func<AccountService, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };
        scope.ServiceProvider.GetRequiredService<SignInBrowser>().Nonce = $"browser-{address}";
        try
        {
            return await work(scope.ServiceProvider.GetRequiredService<AccountService>());
        }
        finally
        {
            scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = null;
        }
    }
}
