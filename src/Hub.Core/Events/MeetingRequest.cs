namespace Hub.Core.Events;

/// <summary>A participant asks another for a meeting at the event; an accepted request is placed whenever feasible.</summary>
public class MeetingRequest
{
    public long Id { get; set; }

    public int EventId { get; set; }

    public int FromRegistrationId { get; set; }

    public int ToRegistrationId { get; set; }

    public required string SenderUserId { get; set; }

    public string Note { get; set; } = "";

    public MeetingRequestStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? AnsweredAt { get; set; }
}
