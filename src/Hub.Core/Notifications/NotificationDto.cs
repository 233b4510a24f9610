using System.Text.Json;
using Hub.Core.Live;

namespace Hub.Core.Notifications;

/// <summary>
/// A stored notification as clients receive it, live (event "Notification") and from catch-up. <see cref="HeldBack"/> is
/// true when the user's preferences (off, digest, quiet hours, budget) kept it from being pushed: clients list it, but do
/// not pop it up.
/// </summary>
public sealed record NotificationDto(
    long Id, string Type, string Title, string Body, NotificationTarget Target, DateTime CreatedAt, bool Read, bool HeldBack, JsonElement Payload) : ILivePayload
{
    public static string Event => "Notification";

    public static NotificationDto From(Notification n) =>
        new(n.Id, n.Type.ToString(), n.Title, n.Body, n.Target, n.CreatedAt, n.ReadAt is not null, !n.Pushed, JsonDocument.Parse(n.PayloadJson).RootElement.Clone());
}
