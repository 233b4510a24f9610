namespace Hub.Core.Events;

/// <summary>A session as the organiser enters it, in the event's local time.</summary>
public sealed class SessionInput
{
    public string Name { get; set; } = "";

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }
}
