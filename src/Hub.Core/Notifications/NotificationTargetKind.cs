using System.Text.Json.Serialization;

namespace Hub.Core.Notifications;

/// <summary>What kind of thing a notification points at.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NotificationTargetKind>))]
public enum NotificationTargetKind
{
    /// <summary>The user's introductions and conversations as a whole (e.g. a digest).</summary>
    Inbox = 0,

    Introduction = 1,

    Conversation = 2,

    /// <summary>A profile, seen as a match for <see cref="NotificationTarget.ForProfileId"/>.</summary>
    Profile = 3,

    /// <summary>An event, seen from the reader's side (their agenda, or the organiser's board).</summary>
    Event = 4,

    /// <summary>A compute application, seen from the reader's side (applicant or provider).</summary>
    ComputeApplication = 5,

    /// <summary>The invitations waiting for the reader (to manage a profile).</summary>
    ProfileInvitations = 6,
}
