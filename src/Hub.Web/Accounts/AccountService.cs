using Hub.Core;
using Hub.Core.Accounts;
using Hub.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace Hub.Web.Accounts;

/// <summary>Registration, sign-in checks and password changes for the interactive account pages.</summary>
public sealed class AccountService(
    UserManager<HubUser> users,
    SignInManager<HubUser> signIn,
    SignInTickets tickets,
    SignInBrowser browser,
    Hub.Web.Live.LiveSessions live,
    AbuseLimits limits,
    ClientAddress client,
    AccountMails mails,
    AccountDeletion deletion,
    Hub.Core.Audit.AuditLog audit,
    TimeProvider clock)
{
    private const string WrongCredentials = "Email or password is wrong.";

    /// <summary>Told only to someone who gave the right password for an account whose address is not confirmed yet.</summary>
    public const string UnconfirmedMessage = "Confirm your e-mail address first: open the link we sent you. No mail? We can send it again.";

    /// <summary>The answer to every registration and every request for a new link, whatever the address.</summary>
    public const string SentMessage = "Check your inbox: we sent a link to {0} to confirm it.";

    /// <summary>A ticket is bound to the browser's nonce cookie; without it (cookies off, an old page) nothing can complete.</summary>
    private static readonly Outcome<string> NoBrowserNonce = Outcome.Conflict("This page is out of date. Reload it and try again.");

    /// <summary>A hash of a random password, checked against for unknown addresses.</summary>
    private static readonly Lazy<string> UnknownAccountHash = new(() =>
        new PasswordHasher<HubUser>().HashPassword(new HubUser(), Guid.NewGuid().ToString("N")));

    /// <summary>
    /// Checks a password. Known and unknown addresses get the same answer after the same work (a password hash is checked
    /// either way). There is no per-account lockout a stranger could trigger: failures are throttled per client address,
    /// and per account from that address, so guessing is slow while the owner, from their own browser, still gets in
    /// (docs/security.md, "Abuse limits").
    /// </summary>
    public async Task<Outcome<string>> SignInAsync(string email, string password, bool rememberMe, string? returnUrl)
    {
        if (string.IsNullOrEmpty(browser.Nonce))
        {
            return NoBrowserNonce;
        }

        if (limits.Refusal(AbuseAction.SignIn, client.Value) is { } refused)
        {
            return refused;
        }

        var address = (email ?? "").Trim();
        var accountFromHere = $"{client.Value}|{address.ToUpperInvariant()}";
        if (!limits.HasRoom(AbuseAction.SignInFailure, accountFromHere))
        {
            return Outcome.Conflict(AbuseLimits.RefusedMessage);
        }

        var user = address.Length == 0 ? null : await users.FindByEmailAsync(address);
        if (user is null)
        {
            // The same hashing work as for a real account, so that the answer's timing does not tell them apart.
            users.PasswordHasher.VerifyHashedPassword(new HubUser(), UnknownAccountHash.Value, password ?? "");
            limits.TryAcquire(AbuseAction.SignInFailure, accountFromHere, out _);
            return Outcome.Invalid("Password", WrongCredentials);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: false);
        if (result.IsNotAllowed)
        {
            // Identity refuses an unconfirmed account before checking the password; check it here, so that only the
            // owner learns the account waits for confirmation (and the work is the same as for a wrong password).
            if (await users.CheckPasswordAsync(user, password ?? ""))
            {
                return Outcome.Conflict(UnconfirmedMessage);
            }

            limits.TryAcquire(AbuseAction.SignInFailure, accountFromHere, out _);
            return Outcome.Invalid("Password", WrongCredentials);
        }

        if (result.IsLockedOut && await users.CheckPasswordAsync(user, password ?? ""))
        {
            // Only an administrator locks an account now; only its owner (who knows the password) learns of it.
            return Outcome.Conflict("This account is locked. Ask an administrator of this hub.");
        }

        if (!result.Succeeded)
        {
            limits.TryAcquire(AbuseAction.SignInFailure, accountFromHere, out _);
            return Outcome.Invalid("Password", WrongCredentials);
        }

        return await CompleteAsync(user, rememberMe, returnUrl);
    }

    /// <summary>
    /// Creates an account whose address waits for confirmation, and mails the link. Nobody is signed in, and a new
    /// address and one that already has an account get the same answer after similar work: the owner of an existing
    /// address is mailed a note instead (docs/security.md, "Accounts and e-mail").
    /// </summary>
    public async Task<Outcome> RegisterAsync(string displayName, string email, string password, string? returnUrl)
    {
        if (limits.Refusal(AbuseAction.Register, client.Value) is { } refused)
        {
            return refused;
        }

        if (DisplayNameRules.Check(displayName) is { } badName)
        {
            return Outcome.Invalid("DisplayName", badName);
        }

        var address = (email ?? "").Trim();
        var user = new HubUser
        {
            UserName = address,
            Email = address,
            DisplayName = (displayName ?? "").Trim(),
            EmailConfirmed = false,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
            {
                await AnswerExistingAsync(address, user.DisplayName, password ?? "", returnUrl);
                return Outcome.Done();
            }

            var error = created.Errors.First();
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "Email" : null;
            return Outcome.Invalid(field ?? "Email", error.Description);
        }

        await users.AddToRoleAsync(user, HubRoles.Member);
        if (limits.HasRoom(AbuseAction.Register, MailPartition(address)))
        {
            limits.TryAcquire(AbuseAction.Register, MailPartition(address), out _);
            await mails.SendConfirmationAsync(user, returnUrl);
        }

        return Outcome.Done();
    }

    /// <summary>
    /// Sends a new confirmation link when the address has an account still waiting for one. The answer is the same
    /// whatever the address, and mails to one address are limited like registrations, so nobody can flood an inbox.
    /// </summary>
    public async Task<Outcome> ResendConfirmationAsync(string email)
    {
        if (limits.Refusal(AbuseAction.Register, client.Value) is { } refused)
        {
            return refused;
        }

        var address = (email ?? "").Trim();
        var user = address.Length == 0 ? null : await users.FindByEmailAsync(address);
        if (user is { EmailConfirmed: false } && limits.TryAcquire(AbuseAction.Register, MailPartition(address), out _))
        {
            await mails.SendConfirmationAsync(user, "/");
        }

        return Outcome.Done();
    }

    private async Task AnswerExistingAsync(string address, string displayName, string password, string? returnUrl)
    {
        var existing = await users.FindByEmailAsync(address);
        if (existing is null || !limits.TryAcquire(AbuseAction.Register, MailPartition(address), out _))
        {
            return;
        }

        if (existing.EmailConfirmed)
        {
            await mails.SendAlreadyRegisteredAsync(existing);
            return;
        }

        // Nobody has proved they own this address yet, so the latest registration wins: its name and password replace
        // the waiting ones and the security stamp renews, which kills every link sent before. Whoever squatted the
        // address first cannot then have it confirmed with their password by the owner clicking an older link.
        existing.DisplayName = displayName;
        var replaced = await users.RemovePasswordAsync(existing);
        if (replaced.Succeeded && (await users.AddPasswordAsync(existing, password)).Succeeded)
        {
            await mails.SendConfirmationAsync(existing, returnUrl);
        }
    }

    private static string MailPartition(string address) => "mail|" + address.ToUpperInvariant();

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
        await audit.WriteAsync(Hub.Core.Audit.AuditAction.PasswordChanged, user.Id, "Own account", "Changed the password; other sessions ended.");
        return await CompleteAsync(user, rememberMe: false, "/account/password?changed=1");
    }

    /// <summary>
    /// Deletes the signed-in person's account after checking their password (throttled like sign-in), closes their live
    /// connections and returns where this browser signs out.
    /// </summary>
    public async Task<Outcome<string>> DeleteAccountAsync(string userId, string password)
    {
        if (limits.Refusal(AbuseAction.SignIn, client.Value) is { } refused)
        {
            return refused.As<string>();
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return Outcome.Forbidden("Your session has ended. Sign in again.").As<string>();
        }

        var failures = $"{client.Value}|{user.NormalizedEmail}";
        if (!limits.HasRoom(AbuseAction.SignInFailure, failures))
        {
            return Outcome.Conflict(AbuseLimits.RefusedMessage).As<string>();
        }

        if (!await users.CheckPasswordAsync(user, password ?? ""))
        {
            limits.TryAcquire(AbuseAction.SignInFailure, failures, out _);
            return Outcome.Invalid("Password", "The password is wrong. Nothing was deleted.").As<string>();
        }

        var deleted = await deletion.DeleteAsync(userId);
        if (!deleted.Succeeded)
        {
            return deleted.As<string>();
        }

        await live.RevalidateAsync(userId);
        return Outcome.Done(HubAccountsSetup.GoodbyePath);
    }

    private async Task<Outcome<string>> CompleteAsync(HubUser user, bool rememberMe, string? returnUrl)
    {
        var ticket = await tickets.IssueAsync(new SignInTicket(user.Id, rememberMe, HubAccountsSetup.SafeReturnUrl(returnUrl)), browser.Nonce!);
        return Outcome.Done($"/account/complete?ticket={ticket}");
    }
}
