namespace Hub.Core.Notifications;

/// <summary>A user's choice of delivery for one notification type.</summary>
public class NotificationPreference
{
    public required string UserId { get; set; }

    public NotificationType Type { get; set; }

    public DeliveryPreference Delivery { get; set; } = DeliveryPreference.Live;
}
