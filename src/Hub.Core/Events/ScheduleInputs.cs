namespace Hub.Core.Events;

/// <summary>
/// What the scheduler needs from an event, read in one go: approved participants, slots, tables, locks, accepted
/// requests, marks and who met before. The web app scores the pairs (Hub.Matching) and runs Hub.Scheduling on it.
/// </summary>
public sealed record ScheduleInputs(
    int EventId,
    IReadOnlyList<ScheduleParticipant> Participants,
    IReadOnlyList<EventSlot> Slots,
    int Tables,
    int MaxConsecutive,
    int FairnessMinimum,
    IReadOnlyList<EventMeeting> Locked,
    IReadOnlyList<(int A, int B)> AcceptedRequests,
    IReadOnlyList<EventPreference> Marks,
    IReadOnlySet<(int A, int B)> MetBefore,
    int ScheduleVersion);
