using System.Globalization;
using Hub.Core.Notifications;

namespace Hub.Web.Navigation;

/// <summary>Where things live in the app. Core names things by kind and id; only the web app knows their addresses.</summary>
public static partial class Links
{
    public const string Inbox = "/introductions";

    public static string Introduction(long id) => $"/introductions/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string Conversation(long id) => $"/conversations/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A profile's page; <paramref name="forProfileId"/> when it is opened as a match for one of the user's profiles.</summary>
    public static string Profile(long id, int? forProfileId = null) =>
        forProfileId is { } from
            ? $"/profiles/{id.ToString(CultureInfo.InvariantCulture)}?from={from.ToString(CultureInfo.InvariantCulture)}"
            : $"/profiles/{id.ToString(CultureInfo.InvariantCulture)}";

    public const string Events = "/events";

    /// <summary>An event's public page.</summary>
    public static string Event(long id) => $"/events/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The reader's own agenda at an event.</summary>
    public static string Agenda(long id) => $"/events/{id.ToString(CultureInfo.InvariantCulture)}/agenda";

    /// <summary>Fellow participants ranked for one of the reader's registrations.</summary>
    public static string EventPeople(long id, int registrationId) =>
        $"/events/{id.ToString(CultureInfo.InvariantCulture)}/people?as={registrationId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The organisers' page of an event, on one of its tabs (registrations, schedule, day, analytics, settings).</summary>
    public static string ManageEvent(long id, string tab = "registrations") => $"/events/{id.ToString(CultureInfo.InvariantCulture)}/manage/{tab}";

    /// <summary>The read-only big screen, opened with the event's revocable token.</summary>
    public static string Screen(string token) => $"/screen/{token}";

    /// <summary>A participant's private calendar feed.</summary>
    public static string CalendarFeed(string token) => $"/calendar/{token}.ics";


    /// <summary>The invitations to manage a profile that wait for the reader (on their profiles page).</summary>
    public const string Invitations = "/my/profiles#invitations";

    /// <summary>The page a notification leads to.</summary>
    public static string For(NotificationTarget target) => target switch
    {
        { Kind: NotificationTargetKind.Introduction, Id: { } id } => Introduction(id),
        { Kind: NotificationTargetKind.Conversation, Id: { } id } => Conversation(id),
        { Kind: NotificationTargetKind.Profile, Id: { } id } => Profile(id, target.ForProfileId),
        { Kind: NotificationTargetKind.Event, Id: { } id } => Event(id),
        { Kind: NotificationTargetKind.ComputeApplication, Id: { } id } => ComputeApplication(id),
        { Kind: NotificationTargetKind.ProfileInvitations } => Invitations,
        _ => Inbox,
    };
}
