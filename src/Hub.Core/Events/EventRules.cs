namespace Hub.Core.Events;

/// <summary>Limits for events and meeting requests (section "Hub:Events").</summary>
public sealed class EventRules
{
    public const int MaxTitle = 120;
    public const int MaxDescription = 4000;
    public const int MaxGoal = 280;
    public const int MaxRequestNote = 500;
    public const int MaxSlots = 64;
    public const int MaxTables = 2000;

    /// <summary>Days before an unanswered meeting request expires (or the event's start, whichever comes first).</summary>
    public int RequestExpiryDays { get; set; } = 7;

    /// <summary>Meeting requests a participant may have waiting at once.</summary>
    public int MaxPendingRequests { get; set; } = 10;

    /// <summary>Meeting requests a participant may send per day.</summary>
    public int MaxRequestsPerDay { get; set; } = 20;

    /// <summary>
    /// Meeting requests one account may have waiting at one event, from all the profiles it registered there together:
    /// registering a second profile must not double the cap. The stricter of this and the participant's cap wins.
    /// </summary>
    public int MaxPendingRequestsPerAccount { get; set; } = 15;

    /// <summary>Meeting requests one account may send per day at one event, from all its profiles together.</summary>
    public int MaxRequestsPerDayPerAccount { get; set; } = 30;

    /// <summary>How long before a meeting participants are reminded of it.</summary>
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromMinutes(2);
}
