using Hub.Core.Accounts;
using Hub.Web.Mail;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace Hub.Web.Accounts;

/// <summary>
/// The mails registration sends, and the links in them. Links start with <c>Hub:PublicUrl</c> when set; otherwise with
/// the address the browser used, which <c>AllowedHosts</c> must pin in production (a forged Host header would otherwise
/// put someone else's host in a confirmation link).
/// </summary>
public sealed partial class AccountMails(
    UserManager<HubUser> users,
    IHubMail mail,
    IConfiguration configuration,
    NavigationManager navigation,
    ILogger<AccountMails> logger)
{
    /// <summary>Sends the link that confirms the account's address; on sign-in it returns to <paramref name="returnUrl"/>.</summary>
    public async Task SendConfirmationAsync(HubUser user, string? returnUrl)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Absolute($"/account/confirm?user={Uri.EscapeDataString(user.Id)}&token={token}" +
                            $"&returnUrl={Uri.EscapeDataString(HubAccountsSetup.SafeReturnUrl(returnUrl))}");
        await SendQuietlyAsync(new HubMailMessage(
            user.Email!,
            "Confirm your e-mail address for Hub",
            $"""
            Hello {user.DisplayName},

            Someone (we hope you) asked to create a Hub account with this address. To confirm it, open this link within {ConfirmationTokenProvider.Lifespan.TotalDays:0} days:

            {link}

            Then sign in with the password you chose. If you did not ask for an account, ignore this mail: nothing is shown to anyone until the address is confirmed.
            """,
            link));
    }

    /// <summary>Tells the owner of an address that already has an account that someone tried to register it again.</summary>
    public Task SendAlreadyRegisteredAsync(HubUser user)
    {
        var link = Absolute("/account/login");
        return SendQuietlyAsync(new HubMailMessage(
            user.Email!,
            "Someone tried to create a Hub account with your address",
            $"""
            Hello {user.DisplayName},

            Someone tried to create a new Hub account with this address. You already have one, so nothing was created and nothing changed.

            If it was you, sign in with your e-mail address and password:

            {link}

            If it was not you, you need not do anything.
            """,
            link));
    }

    private string Absolute(string path)
    {
        var configured = configuration["Hub:PublicUrl"];
        var root = string.IsNullOrWhiteSpace(configured) ? navigation.BaseUri : configured;
        return root.TrimEnd('/') + path;
    }

    /// <summary>
    /// A mail server that is down must not change the answer a registration gets (that would tell addresses apart);
    /// the failure is logged and the person can ask for the link again.
    /// </summary>
    private async Task SendQuietlyAsync(HubMailMessage message)
    {
        try
        {
            await mail.SendAsync(message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            NotSent(logger, e, message.Subject);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A mail could not be sent: {Subject}")]
    private static partial void NotSent(ILogger logger, Exception exception, string subject);
}
