using System.Security.Cryptography;
using System.Text;
using Hub.Core.Accounts;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Web.Accounts;

/// <summary>
/// An interactive (Blazor circuit) page can check a password but cannot set a cookie. It issues a single-use ticket
/// valid for one minute, then navigates to <c>/account/complete</c>, which sets the cookie in a normal HTTP response.
/// A ticket is bound to the browser that earned it (the hash of its <see cref="SignInBrowser"/> nonce) and is removed
/// by the one redemption that wins: another browser cannot use it to sign someone in as the ticket's user (login CSRF),
/// and two redemptions at once cannot both succeed.
/// </summary>
/// <remarks>
/// Tickets are rows of the shared database (<see cref="PendingSignIn"/>, keyed by the ticket's hash), so the instance
/// that redeems one need not be the one that issued it: a proxy may send the navigation anywhere. The winning
/// redemption is the conditional DELETE that removes the row; every other attempt deletes nothing and gets nothing.
/// </remarks>
public sealed class SignInTickets(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>Issues a ticket that only the browser holding <paramref name="browserNonce"/> can redeem.</summary>
    public async Task<string> IssueAsync(SignInTicket ticket, string browserNonce, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(browserNonce);
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await db.PendingSignIns.Where(p => p.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        db.PendingSignIns.Add(new PendingSignIn
        {
            TicketHash = TicketHash(id),
            UserId = ticket.UserId,
            RememberMe = ticket.RememberMe,
            ReturnUrl = ticket.ReturnUrl,
            BrowserHash = Hash(browserNonce),
            ExpiresAt = now + Lifetime,
        });
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>
    /// The ticket, if it exists, has not expired and <paramref name="browserNonce"/> is the nonce of the browser it was
    /// issued to. Any attempt uses the ticket up, so a ticket presented by the wrong browser is gone for the right one too.
    /// </summary>
    public async Task<SignInTicket?> RedeemAsync(string id, string? browserNonce, CancellationToken ct = default)
    {
        if (id.Length != 64)
        {
            return null;
        }

        var hash = TicketHash(id);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var issued = await db.PendingSignIns.AsNoTracking().SingleOrDefaultAsync(p => p.TicketHash == hash, ct);
        // Only the attempt whose DELETE removed the row may use what it read; a concurrent one deletes nothing.
        if (issued is null || await db.PendingSignIns.Where(p => p.TicketHash == hash).ExecuteDeleteAsync(ct) != 1)
        {
            return null;
        }

        if (issued.ExpiresAt <= clock.GetUtcNow().UtcDateTime || string.IsNullOrEmpty(browserNonce) ||
            !CryptographicOperations.FixedTimeEquals(issued.BrowserHash, Hash(browserNonce)))
        {
            return null;
        }

        return new SignInTicket(issued.UserId, issued.RememberMe, issued.ReturnUrl);
    }

    private static byte[] Hash(string nonce) => SHA256.HashData(Encoding.UTF8.GetBytes(nonce));

    private static string TicketHash(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
