using System.Collections.Concurrent;
using System.Security.Claims;
using Hub.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Hub.Web.Live;

/// <summary>
/// The open connections to /hubs/live on this instance and the check that their sign-in still holds: the account
/// exists, is not locked out and has the security stamp the connection signed in with. A password change or a sign-out
/// everywhere changes the stamp, so the sockets opened before it (a stolen cookie's included) are closed, and the pages
/// (circuits) signed in before it stop receiving pushes.
/// </summary>
public sealed class LiveSessions(IServiceScopeFactory scopes, LiveCircuits circuits, IOptions<IdentityOptions> identity, ILogger<LiveSessions> logger)
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new();

    public int Count => _open.Count;

    public void Opened(HubCallerContext connection) => _open[connection.ConnectionId] = connection;

    public void Closed(HubCallerContext connection) => _open.TryRemove(connection.ConnectionId, out _);

    /// <summary>Whether the signed-in <paramref name="principal"/> still stands for a usable account.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal? principal, CancellationToken ct = default)
    {
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = await users.FindByIdAsync(userId);
        ct.ThrowIfCancellationRequested();
        return user is not null
            && !await users.IsLockedOutAsync(user)
            && principal!.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(user);
    }

    /// <summary>Raised when one user's connections are rechecked here, so the other instances recheck theirs too.</summary>
    public event Action<string>? UserRevalidated;

    /// <summary>Closes every open connection (of one user, when given, on every instance) whose sign-in no longer holds.</summary>
    public Task RevalidateAsync(string? userId = null, CancellationToken ct = default)
    {
        if (userId is not null)
        {
            UserRevalidated?.Invoke(userId);
        }

        return RevalidateHereAsync(userId, ct);
    }

    /// <summary>
    /// Closes this instance's open connections (of one user, when given) whose sign-in no longer holds; that user's pages
    /// are rechecked too (all pages are rechecked by Blazor's own revalidation every minute).
    /// </summary>
    public async Task RevalidateHereAsync(string? userId = null, CancellationToken ct = default)
    {
        if (userId is not null)
        {
            foreach (var page in circuits.Of(userId))
            {
                if (!await IsCurrentAsync(page.User, ct))
                {
                    page.Detach();
                }
            }
        }

        foreach (var connection in _open.Values)
        {
            if (userId is not null && connection.UserIdentifier != userId)
            {
                continue;
            }

            if (!await IsCurrentAsync(connection.User, ct))
            {
                logger.LogInformation("Closing live connection {Connection}: its sign-in no longer holds.", connection.ConnectionId);
                Closed(connection);
                connection.Abort();
            }
        }
    }
}
