namespace Hub.Core.Notifications;

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
    public int RecommendationBudgetPerDay { get; set; } = DefaultRecommendationBudget;

    public const int DefaultRecommendationBudget = 3;

    /// <summary>Whether the other side sees this user's e-mail when an introduction they take part in is accepted.</summary>
    public bool ShareEmailOnAcceptance { get; set; }

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
