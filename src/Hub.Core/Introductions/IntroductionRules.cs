namespace Hub.Core.Introductions;

/// <summary>Limits that keep introductions useful (section "Hub:Introductions").</summary>
public sealed class IntroductionRules
{
    public const int MinNote = 20;
    public const int MaxNote = 1000;
    public const int MaxDeclineReason = 500;

    /// <summary>Days before a pending introduction expires.</summary>
    public int ExpiryDays { get; set; } = 14;

    /// <summary>Pending introductions a profile may have out at once.</summary>
    public int MaxPendingPerSender { get; set; } = 10;

    /// <summary>Introductions a profile may send per day.</summary>
    public int MaxPerDay { get; set; } = 5;

    /// <summary>
    /// Pending introductions one account may have out at once, from all the profiles it manages together: a second
    /// profile must not double the cap. The profile's own cap still applies; the stricter wins.
    /// </summary>
    public int MaxPendingPerAccount { get; set; } = 15;

    /// <summary>Introductions one account may send per day, from all the profiles it manages together.</summary>
    public int MaxPerDayPerAccount { get; set; } = 8;

    /// <summary>How often pending introductions are checked for expiry.</summary>
    public TimeSpan ExpiryCheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}
