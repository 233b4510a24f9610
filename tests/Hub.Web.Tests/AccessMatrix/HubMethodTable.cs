using Hub.Core.Notifications;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hub.Web.Tests.AccessMatrix;

/// <summary>
/// Every method of every hub the app maps, with how the matrix calls it as a signed-in stranger to the owner's data and
/// what its answer must not hold. A hub method without a line here fails
/// <see cref="AccessMatrixTests.EveryHubMethodHasALineInTheTable"/>. Anonymous callers never get a connection.
/// </summary>
public static class HubMethodTable
{
    /// <summary>Calls the method as <paramref name="caller"/>, aiming at the owner's data; returns what went wrong, or null.</summary>
    public delegate Task<string?> Probe(HubConnection connection, HubCaller caller);

    public static readonly IReadOnlyDictionary<string, Probe> Methods = new Dictionary<string, Probe>
    {
        // The owner's notifications start after this id: a stranger asking from just before them gets only their own.
        ["LiveHub.CatchUp"] = async (connection, caller) =>
        {
            var got = await connection.InvokeAsync<List<NotificationDto>>("CatchUp", caller.OwnerNotificationIds.Min() - 1);
            var foreign = got.Select(n => n.Id).Except(caller.OwnNotificationIds).ToList();
            return foreign.Count > 0 ? $"CatchUp returned notifications that are not the caller's: {string.Join(", ", foreign)}" : null;
        },
        ["LiveHub.NewestNotificationId"] = async (connection, caller) =>
        {
            var newest = await connection.InvokeAsync<long>("NewestNotificationId");
            var own = caller.OwnNotificationIds.Count == 0 ? 0 : caller.OwnNotificationIds.Max();
            return newest == own ? null : $"NewestNotificationId answered {newest}, not the caller's newest ({own}).";
        },
        ["LiveHub.Unread"] = async (connection, caller) =>
        {
            var unread = await connection.InvokeAsync<int>("Unread");
            return unread == caller.OwnUnread ? null : $"Unread answered {unread}, not the caller's count ({caller.OwnUnread}).";
        },
    };
}
