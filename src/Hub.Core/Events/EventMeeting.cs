namespace Hub.Core.Events;

/// <summary>
/// A 1:1 meeting of two participants. The draft (slot, table) is what organisers edit; publishing copies it to the
/// published fields that agendas and calendars show, raising the calendar sequence when it moved.
/// </summary>
public class EventMeeting
{
    public long Id { get; set; }

    public int EventId { get; set; }

    public int ARegistrationId { get; set; }

    public int BRegistrationId { get; set; }

    /// <summary>Draft slot index; null when the pair is no longer on the draft.</summary>
    public int? SlotIndex { get; set; }

    public int Table { get; set; }

    public int? PublishedSlotIndex { get; set; }

    public int PublishedTable { get; set; }

    public MeetingStatus Status { get; set; }

    public MeetingSource Source { get; set; }

    /// <summary>Kept as it is when the rest of the draft is regenerated.</summary>
    public bool Locked { get; set; }

    public double Weight { get; set; }

    /// <summary>Stable calendar identity: a moved meeting replaces its old entry.</summary>
    public required string Uid { get; set; }

    /// <summary>Raised each time a published meeting moves or is cancelled (iCal SEQUENCE).</summary>
    public int Sequence { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The participant who did not come, as reported by the other.</summary>
    public int? NoShowRegistrationId { get; set; }

    /// <summary>When both were reminded of the meeting shortly before it (sent once).</summary>
    public DateTime? RemindedAt { get; set; }

    public bool Involves(int registrationId) => ARegistrationId == registrationId || BRegistrationId == registrationId;

    public int Other(int registrationId) => ARegistrationId == registrationId ? BRegistrationId : ARegistrationId;
}
