namespace Hub.Core.Notifications;

/// <summary>What a notification is about; preferences are set per type.</summary>
public enum NotificationType
{
    IntroductionReceived = 1,
    IntroductionAccepted = 2,
    IntroductionDeclined = 3,
    IntroductionWithdrawn = 4,
    IntroductionExpired = 5,
    MessageReceived = 6,
    Recommendation = 7,
    Digest = 8,
}

public enum DeliveryPreference
{
    Live = 1,
    DailyDigest = 2,
    Off = 3,
}

/// <summary>Stored before it is pushed, so a user who was offline sees it on return and a client can catch up by id.</summary>
public class Notification
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public NotificationType Type { get; set; }

    public required string Title { get; set; }

    public string Body { get; set; } = "";

    /// <summary>Where the notification leads in the app, e.g. /introductions/12.</summary>
    public string? Link { get; set; }

    /// <summary>Type-specific data for API clients (JSON).</summary>
    public string PayloadJson { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }

    /// <summary>False when preferences (off, digest, quiet hours) held back the live push; it is still stored.</summary>
    public bool Pushed { get; set; }
}

/// <summary>A user's choice of delivery for one notification type.</summary>
public class NotificationPreference
{
    public required string UserId { get; set; }

    public NotificationType Type { get; set; }

    public DeliveryPreference Delivery { get; set; } = DeliveryPreference.Live;
}

/// <summary>A user's quiet hours and recommendation budget.</summary>
public class NotificationSettings
{
    public required string UserId { get; set; }

    /// <summary>Hour (0–23, in <see cref="TimeZone"/>) from which nothing is pushed live; null for no quiet hours.</summary>
    public int? QuietFrom { get; set; }

    /// <summary>Hour (0–23) at which live pushes resume.</summary>
    public int? QuietTo { get; set; }

    /// <summary>IANA time zone of the quiet hours.</summary>
    public string TimeZone { get; set; } = "Europe/Luxembourg";

    /// <summary>At most this many recommendation notifications are pushed live per day.</summary>
    public int RecommendationBudgetPerDay { get; set; } = 3;

    /// <summary>Whether the other side sees this user's e-mail when an introduction they take part in is accepted.</summary>
    public bool ShareEmailOnAcceptance { get; set; } = true;

    public bool InQuietHours(DateTime utcNow)
    {
        if (QuietFrom is not { } from || QuietTo is not { } to || from == to)
        {
            return false;
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var hour = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), zone).Hour;
        // A window like 22→7 wraps around midnight.
        return from < to ? hour >= from && hour < to : hour >= from || hour < to;
    }
}
