namespace Hub.Core.Events;

/// <summary>One participant's mark on another inside an event.</summary>
public class EventPreference
{
    public int EventId { get; set; }

    public int FromRegistrationId { get; set; }

    public int ToRegistrationId { get; set; }

    public MeetingPreference Preference { get; set; }

    public DateTime UpdatedAt { get; set; }
}
