using Hub.Core.Accounts;
using Hub.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

public class AccountServiceTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    private async Task<T> WithAccounts<T>(Func<AccountService, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        // No HttpContext here, as in a Blazor circuit: checking a password must not need one. The circuit knows the
        // browser's sign-in nonce from when it connected.
        scope.ServiceProvider.GetRequiredService<SignInBrowser>().Nonce = "test-browser";
        return await work(scope.ServiceProvider.GetRequiredService<AccountService>());
    }

    [Fact]
    public async Task RegisteringCreatesAMemberWaitingForConfirmation()
    {
        var result = await WithAccounts(a => a.RegisterAsync("Nora", "nora@example.com", "Str0ngPassword", "/my/profiles"));

        Assert.True(result.Succeeded);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = await users.FindByEmailAsync("nora@example.com");
        Assert.True(await users.IsInRoleAsync(user!, HubRoles.Member));
        Assert.False(user!.EmailConfirmed);
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedByTheServerToo()
    {
        var result = await WithAccounts(a => a.RegisterAsync("Pia", "pia@example.com", "short", null));
        Assert.False(result.Succeeded);
        Assert.Equal("Password", Assert.Single(result.Errors.Keys));
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownEmailGetTheSameAnswer()
    {
        var unknown = await WithAccounts(a => a.SignInAsync("nobody@example.com", "whatever", false, null));
        var wrong = await WithAccounts(a => a.SignInAsync("organiser@hub.demo", "wrong-password", false, null));
        Assert.Equal("Email or password is wrong.", unknown.Message);
        Assert.Equal("Email or password is wrong.", wrong.Message);
    }

    [Fact]
    public async Task ChangingThePasswordNeedsTheCurrentOne()
    {
        var userId = await factory.CreateMemberAsync("rosa@example.com", "First-Password-1");
        var wrong = await WithAccounts(a => a.ChangePasswordAsync(userId, "not-it", "Second-Password-2"));
        Assert.Equal("The current password is wrong.", wrong.Message);

        var changed = await WithAccounts(a => a.ChangePasswordAsync(userId, "First-Password-1", "Second-Password-2"));
        Assert.True(changed.Succeeded);
        var signIn = await WithAccounts(a => a.SignInAsync("rosa@example.com", "Second-Password-2", false, null));
        Assert.True(signIn.Succeeded);
    }

    [Theory]
    [InlineData("short1A", "Use at least 10 characters.")]
    [InlineData("alllowercase1", "Mix upper-case and lower-case letters with at least one digit.")]
    [InlineData("Good-Password-9", null)]
    public void TheFormPasswordRuleMatchesIdentity(string password, string? message) =>
        Assert.Equal(message, PasswordRules.Check(password));
}
