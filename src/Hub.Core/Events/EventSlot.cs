namespace Hub.Core.Events;

/// <summary>One meeting slot, generated from the sessions, the meeting length and the break length.</summary>
public class EventSlot
{
    public int Id { get; set; }

    public int EventId { get; set; }

    /// <summary>0-based position in time order across the whole event.</summary>
    public int Index { get; set; }

    /// <summary>0-based session position: slots of one session count as consecutive for the forced break.</summary>
    public int Session { get; set; }

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }
}
