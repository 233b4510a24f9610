using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace Hub.Web.Accounts;

/// <summary>
/// An interactive (Blazor circuit) page can check a password but cannot set a cookie. It issues a single-use ticket
/// valid for one minute, then navigates to <c>/account/complete</c>, which sets the cookie in a normal HTTP response.
/// The cache is the distributed one, so a ticket works on any instance once the hub scales out.
/// </summary>
public sealed class SignInTickets(IDistributedCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<string> IssueAsync(SignInTicket ticket, CancellationToken ct = default)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await cache.SetAsync(Key(id), JsonSerializer.SerializeToUtf8Bytes(ticket),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, ct);
        return id;
    }

    public async Task<SignInTicket?> RedeemAsync(string id, CancellationToken ct = default)
    {
        if (id.Length != 64)
        {
            return null;
        }

        var bytes = await cache.GetAsync(Key(id), ct);
        if (bytes is null)
        {
            return null;
        }

        await cache.RemoveAsync(Key(id), ct);
        return JsonSerializer.Deserialize<SignInTicket>(bytes);
    }

    private static string Key(string id) => "signin-ticket:" + id;
}
