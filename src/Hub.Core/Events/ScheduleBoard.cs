namespace Hub.Core.Events;

/// <summary>Everything the organisers review before publishing: the draft, counts per person, unplaced requests and the gap.</summary>
public sealed record ScheduleBoard(
    MatchmakingEvent Event,
    IReadOnlyList<EventSlot> Slots,
    IReadOnlyList<string> Tables,
    IReadOnlyList<BoardMeeting> Meetings,
    IReadOnlyList<BoardParticipant> Participants,
    IReadOnlyList<(string A, string B, string Reason)> Unplaced,
    DraftSummary? Summary,
    bool HasUnpublishedChanges);
