namespace Hub.Core.Notifications;

/// <summary>A user's delivery choices per notification type, with their quiet hours, budget and contact sharing.</summary>
public sealed record NotificationChoices(
    IReadOnlyDictionary<NotificationType, DeliveryPreference> Delivery, int? QuietFrom, int? QuietTo, string TimeZone,
    int RecommendationBudget, bool ShareEmail);
