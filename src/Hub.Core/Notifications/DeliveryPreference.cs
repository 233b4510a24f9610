namespace Hub.Core.Notifications;

public enum DeliveryPreference
{
    Live = 1,
    DailyDigest = 2,
    Off = 3,
}
