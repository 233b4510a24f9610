using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Web.Accounts;

/// <summary>
/// An interactive (Blazor circuit) page can check a password but cannot set a cookie. It issues a single-use ticket
/// valid for one minute, then navigates to <c>/account/complete</c>, which sets the cookie in a normal HTTP response.
/// A ticket is bound to the browser that earned it (the hash of its <see cref="SignInBrowser"/> nonce) and is removed
/// by the one redemption that wins: another browser cannot use it to sign someone in as the ticket's user (login CSRF),
/// and two redemptions at once cannot both succeed.
/// </summary>
/// <remarks>
/// Tickets live in this instance's memory. The navigation to /account/complete comes from the circuit's own page, and
/// Blazor Server already needs sticky sessions when scaled out, so it reaches the instance that issued the ticket.
/// </remarks>
public sealed class SignInTickets(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Issued> _tickets = new(StringComparer.Ordinal);

    /// <summary>Issues a ticket that only the browser holding <paramref name="browserNonce"/> can redeem.</summary>
    public Task<string> IssueAsync(SignInTicket ticket, string browserNonce, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(browserNonce);
        var now = clock.GetUtcNow();
        foreach (var (key, stale) in _tickets)
        {
            if (stale.Expires <= now)
            {
                _tickets.TryRemove(key, out _);
            }
        }

        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _tickets[id] = new Issued(ticket, Hash(browserNonce), now + Lifetime);
        return Task.FromResult(id);
    }

    /// <summary>
    /// The ticket, if it exists, has not expired and <paramref name="browserNonce"/> is the nonce of the browser it was
    /// issued to. Any attempt uses the ticket up, so a ticket presented by the wrong browser is gone for the right one too.
    /// </summary>
    public Task<SignInTicket?> RedeemAsync(string id, string? browserNonce, CancellationToken ct = default)
    {
        if (id.Length != 64 || !_tickets.TryRemove(id, out var issued) || issued.Expires <= clock.GetUtcNow() || string.IsNullOrEmpty(browserNonce))
        {
            return Task.FromResult<SignInTicket?>(null);
        }

        return Task.FromResult(CryptographicOperations.FixedTimeEquals(issued.BrowserHash, Hash(browserNonce)) ? issued.Ticket : null);
    }

    private static byte[] Hash(string nonce) => SHA256.HashData(Encoding.UTF8.GetBytes(nonce));

    private sealed record Issued(SignInTicket Ticket, byte[] BrowserHash, DateTimeOffset Expires);
}
