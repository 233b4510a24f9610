using Microsoft.AspNetCore.SignalR;

namespace Hub.Web.Live;

/// <summary>Refuses a connection or a call whose sign-in no longer holds (see <see cref="LiveSessions"/>), closing it.</summary>
public sealed class LiveSessionFilter(LiveSessions sessions) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (!await sessions.IsCurrentAsync(context.Context.User, context.Context.ConnectionAborted))
        {
            throw new HubException("Your session has ended. Sign in again.");
        }

        sessions.Opened(context.Context);
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        sessions.Closed(context.Context);
        await next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var connection = invocationContext.Context;
        if (!await sessions.IsCurrentAsync(connection.User, connection.ConnectionAborted))
        {
            sessions.Closed(connection);
            connection.Abort();
            throw new HubException("Your session has ended. Sign in again.");
        }

        return await next(invocationContext);
    }
}
