namespace Hub.Web.Tests.AccessMatrix;

/// <summary>What a hub probe knows of the caller and of the owner whose data it aims at.</summary>
/// <param name="Role">Who calls.</param>
/// <param name="OwnNotificationIds">The caller's own notifications.</param>
/// <param name="OwnUnread">How many of them are unread.</param>
/// <param name="OwnerNotificationIds">The owner's notifications, which no one else may get.</param>
public sealed record HubCaller(AccessRole Role, IReadOnlyList<long> OwnNotificationIds, int OwnUnread, IReadOnlyList<long> OwnerNotificationIds);
