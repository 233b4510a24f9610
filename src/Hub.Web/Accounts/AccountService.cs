using Hub.Core;
using Hub.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Hub.Web.Accounts;

/// <summary>Registration, sign-in checks and password changes for the interactive account pages.</summary>
public sealed class AccountService(
    UserManager<HubUser> users,
    SignInManager<HubUser> signIn,
    SignInTickets tickets,
    SignInBrowser browser,
    Hub.Web.Live.LiveSessions live,
    TimeProvider clock)
{
    /// <summary>A ticket is bound to the browser's nonce cookie; without it (cookies off, an old page) nothing can complete.</summary>
    private static readonly Outcome<string> NoBrowserNonce = Outcome.Conflict("This page is out of date. Reload it and try again.");

    public async Task<Outcome<string>> SignInAsync(string email, string password, bool rememberMe, string? returnUrl)
    {
        if (string.IsNullOrEmpty(browser.Nonce))
        {
            return NoBrowserNonce;
        }

        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return Outcome.Invalid("Password", "Email or password is wrong.");
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            var end = await users.GetLockoutEndDateAsync(user);
            var minutes = end is null ? (int)PasswordRules.LockoutDuration.TotalMinutes
                : Math.Max(1, (int)Math.Ceiling((end.Value - clock.GetUtcNow()).TotalMinutes));
            return Outcome.Conflict($"Too many failed attempts. This account is locked; try again in {minutes} minute{(minutes == 1 ? "" : "s")}.");
        }

        if (!result.Succeeded)
        {
            var left = PasswordRules.MaxFailedAttempts - await users.GetAccessFailedCountAsync(user);
            return Outcome.Invalid("Password", left is > 0 and <= 2
                ? $"Email or password is wrong. {left} attempt{(left == 1 ? "" : "s")} left before the account is locked."
                : "Email or password is wrong.");
        }

        return await CompleteAsync(user, rememberMe, returnUrl);
    }

    public async Task<Outcome<string>> RegisterAsync(string displayName, string email, string password, string? returnUrl)
    {
        if (string.IsNullOrEmpty(browser.Nonce))
        {
            return NoBrowserNonce;
        }

        var user = new HubUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            DisplayName = displayName.Trim(),
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            var error = created.Errors.First();
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "Email" : null;
            var message = error.Code is "DuplicateEmail" or "DuplicateUserName"
                ? "An account with this email already exists. Sign in instead."
                : error.Description;
            return Outcome.Invalid(field ?? "Email", message);
        }

        await users.AddToRoleAsync(user, HubRoles.Member);
        return await CompleteAsync(user, rememberMe: false, returnUrl);
    }

    public async Task<Outcome<string>> ChangePasswordAsync(string userId, string current, string next)
    {
        if (string.IsNullOrEmpty(browser.Nonce))
        {
            return NoBrowserNonce;
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return Outcome.Forbidden("Your session has ended. Sign in again.");
        }

        var changed = await users.ChangePasswordAsync(user, current, next);
        if (!changed.Succeeded)
        {
            var error = changed.Errors.First();
            return error.Code == "PasswordMismatch"
                ? Outcome.Invalid("Current", "The current password is wrong.")
                : Outcome.Invalid("New", error.Description);
        }

        // ChangePasswordAsync renewed the security stamp: live connections opened with the old cookie close now, and
        // this browser gets a fresh cookie so it stays signed in.
        await live.RevalidateAsync(user.Id);
        return await CompleteAsync(user, rememberMe: false, "/account/password?changed=1");
    }

    private async Task<Outcome<string>> CompleteAsync(HubUser user, bool rememberMe, string? returnUrl)
    {
        var ticket = await tickets.IssueAsync(new SignInTicket(user.Id, rememberMe, HubAccountsSetup.SafeReturnUrl(returnUrl)), browser.Nonce!);
        return Outcome.Done($"/account/complete?ticket={ticket}");
    }
}
