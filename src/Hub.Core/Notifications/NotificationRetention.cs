namespace Hub.Core.Notifications;

/// <summary>How long notifications are kept (section "Hub:Notifications"): older ones are deleted, read or not.</summary>
public sealed class NotificationRetention
{
    /// <summary>Days a notification is kept; what it pointed at (an introduction, a conversation, an application) stays.</summary>
    public int RetentionDays { get; set; } = 180;
}
