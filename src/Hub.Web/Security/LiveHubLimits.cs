using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Security;

/// <summary>Limits calls of the live hub's methods (/hubs/live) per signed-in user (the hub requires sign-in); a refused call gets a hub error.</summary>
public sealed class LiveHubLimits(AbuseLimits limits) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        // Only the live hub: Blazor's own circuit hub carries every click and render, and is limited by what pages ask.
        if (invocationContext.Hub is not Live.LiveHub)
        {
            return await next(invocationContext);
        }

        var context = invocationContext.Context;
        var who = context.User?.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? "user:" + userId : ClientAddress.Of(context.GetHttpContext());
        if (!limits.TryAcquire(AbuseAction.LiveHub, who, out _))
        {
            throw new HubException(AbuseLimits.RefusedMessage);
        }

        return await next(invocationContext);
    }
}
