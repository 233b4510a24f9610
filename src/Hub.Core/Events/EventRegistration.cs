namespace Hub.Core.Events;

/// <summary>A profile taking part in an event, registered by one of its members.</summary>
public class EventRegistration
{
    public int Id { get; set; }

    public int EventId { get; set; }

    public int ProfileId { get; set; }

    public required string RegisteredByUserId { get; set; }

    public RegistrationStatus Status { get; set; }

    /// <summary>What this participant wants from the event, in a sentence or two.</summary>
    public string Goal { get; set; } = "";

    /// <summary>Indexes of the slots this participant cannot attend (JSON array).</summary>
    public List<int> UnavailableSlots { get; set; } = [];

    public string? RejectionReason { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DecidedAt { get; set; }

    public DateTime? CheckedInAt { get; set; }

    /// <summary>Secret in the participant's check-in QR code.</summary>
    public required string CheckInCode { get; set; }

    /// <summary>Secret in the participant's private calendar feed URL.</summary>
    public required string CalendarToken { get; set; }
}
