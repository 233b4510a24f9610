namespace Hub.Core.Notifications;

/// <summary>Stored before it is pushed, so a user who was offline sees it on return and a client can catch up by id.</summary>
public class Notification
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public NotificationType Type { get; set; }

    public required string Title { get; set; }

    public string Body { get; set; } = "";

    /// <summary>What the notification is about; the web app turns it into a link.</summary>
    public NotificationTarget Target { get; set; } = NotificationTarget.Inbox;

    /// <summary>Type-specific data for API clients (JSON).</summary>
    public string PayloadJson { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }

    /// <summary>False when preferences (off, digest, quiet hours) held back the live push; it is still stored.</summary>
    public bool Pushed { get; set; }
}
