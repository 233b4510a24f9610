namespace Hub.Core.Notifications;

/// <summary>
/// What a notification is about, by kind and id. Core names things; the web app decides where they live
/// (clients of the REST API and of /hubs/live get the same target).
/// </summary>
/// <param name="Kind">What kind of thing it is.</param>
/// <param name="Id">Its id; null for <see cref="NotificationTargetKind.Inbox"/>.</param>
/// <param name="ForProfileId">For a recommended profile: the user's profile it was recommended to.</param>
public sealed record NotificationTarget(NotificationTargetKind Kind, long? Id = null, int? ForProfileId = null)
{
    public static readonly NotificationTarget Inbox = new(NotificationTargetKind.Inbox);

    public static NotificationTarget Introduction(long id) => new(NotificationTargetKind.Introduction, id);

    public static NotificationTarget Conversation(long id) => new(NotificationTargetKind.Conversation, id);

    public static NotificationTarget Event(int id) => new(NotificationTargetKind.Event, id);

    public static NotificationTarget ComputeApplication(long id) => new(NotificationTargetKind.ComputeApplication, id);

    public static readonly NotificationTarget ProfileInvitations = new(NotificationTargetKind.ProfileInvitations);

    public static NotificationTarget Profile(int id, int? forProfileId = null) => new(NotificationTargetKind.Profile, id, forProfileId);
}
