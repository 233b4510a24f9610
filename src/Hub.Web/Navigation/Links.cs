using System.Globalization;
using Hub.Core.Notifications;

namespace Hub.Web.Navigation;

/// <summary>Where things live in the app. Core names things by kind and id; only the web app knows their addresses.</summary>
public static class Links
{
    public const string Inbox = "/introductions";

    public static string Introduction(long id) => $"/introductions/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string Conversation(long id) => $"/conversations/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A profile's page; <paramref name="forProfileId"/> when it is opened as a match for one of the user's profiles.</summary>
    public static string Profile(long id, int? forProfileId = null) =>
        forProfileId is { } from
            ? $"/profiles/{id.ToString(CultureInfo.InvariantCulture)}?from={from.ToString(CultureInfo.InvariantCulture)}"
            : $"/profiles/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The page a notification leads to.</summary>
    public static string For(NotificationTarget target) => target switch
    {
        { Kind: NotificationTargetKind.Introduction, Id: { } id } => Introduction(id),
        { Kind: NotificationTargetKind.Conversation, Id: { } id } => Conversation(id),
        { Kind: NotificationTargetKind.Profile, Id: { } id } => Profile(id, target.ForProfileId),
        _ => Inbox,
    };
}
