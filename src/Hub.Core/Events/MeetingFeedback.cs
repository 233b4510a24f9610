namespace Hub.Core.Events;

/// <summary>One participant's rating of a meeting and what came of it.</summary>
public class MeetingFeedback
{
    public long MeetingId { get; set; }

    public int RegistrationId { get; set; }

    public int Rating { get; set; }

    public MeetingOutcome Outcome { get; set; }

    public DateTime CreatedAt { get; set; }
}
