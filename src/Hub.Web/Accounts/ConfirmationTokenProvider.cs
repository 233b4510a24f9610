using System.Security.Cryptography;
using System.Text;
using Hub.Core.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Hub.Web.Accounts;

/// <summary>
/// E-mail confirmation tokens: the time, account, purpose, address and security stamp, protected with the app's
/// data-protection keys and URL-safe. Identity's own provider reads the wall clock; this one reads the injected
/// <see cref="TimeProvider"/>, so expiry is testable. A token stops working after <see cref="Lifespan"/>, when the
/// address changes or when the security stamp is renewed.
/// </summary>
public sealed class ConfirmationTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<HubUser>
{
    public const string Name = "HubConfirmation";

    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(3);

    private readonly IDataProtector _protector = protection.CreateProtector("Hub.Accounts.Confirmation");

    public async Task<string> GenerateAsync(string purpose, UserManager<HubUser> manager, HubUser user)
    {
        var payload = string.Join('\n', clock.GetUtcNow().UtcTicks, user.Id, purpose,
            (await manager.GetEmailAsync(user) ?? "").ToUpperInvariant(), await manager.GetSecurityStampAsync(user));
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<HubUser> manager, HubUser user)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return false;
        }

        return parts.Length == 5
            && long.TryParse(parts[0], out var ticks)
            && ticks > 0 && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && new DateTimeOffset(ticks, TimeSpan.Zero) + Lifespan >= clock.GetUtcNow()
            && parts[1] == user.Id
            && parts[2] == purpose
            && string.Equals(parts[3], await manager.GetEmailAsync(user) ?? "", StringComparison.OrdinalIgnoreCase)
            && parts[4] == await manager.GetSecurityStampAsync(user);
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<HubUser> manager, HubUser user) => Task.FromResult(false);
}
