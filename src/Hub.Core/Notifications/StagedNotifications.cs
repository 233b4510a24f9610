namespace Hub.Core.Notifications;

/// <summary>
/// Notifications added to a unit of work but not yet saved. The feature saves its change and these together, then
/// pushes them with <see cref="NotificationService.PushAsync"/>: stored first, pushed second, in one save.
/// </summary>
public sealed class StagedNotifications
{
    internal List<Notification> Items { get; } = [];

    public int Count => Items.Count;
}
