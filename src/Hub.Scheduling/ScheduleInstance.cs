namespace Hub.Scheduling;

/// <summary>
/// Everything the scheduler needs: who, when, where, and which pairs are worth a meeting. Person ids and slot indexes
/// are the caller's; slots are numbered 0..n-1 in time order.
/// </summary>
public sealed record ScheduleInstance
{
    public required IReadOnlyList<SchedulePerson> People { get; init; }

    public required IReadOnlyList<ScheduleSlot> Slots { get; init; }

    /// <summary>Candidate pairs with their weight in (0, 1] (reciprocal match score, raised for must-meet by the caller).</summary>
    public required IReadOnlyList<CandidatePair> Pairs { get; init; }

    /// <summary>Meetings fixed by the organiser: kept as they are, in their slot (and table, when given).</summary>
    public IReadOnlyList<LockedMeeting> Locked { get; init; } = [];

    /// <summary>Requests both sides accepted: placed whenever feasible, before any other pair.</summary>
    public IReadOnlyList<CandidatePair> Requests { get; init; } = [];

    /// <summary>Pairs that must never meet (one side said "no thanks", or they met before and did not both ask).</summary>
    public IReadOnlyList<PersonPair> Vetoes { get; init; } = [];

    /// <summary>After this many meetings in consecutive slots of one session a person gets a free slot; 0 = no forced break.</summary>
    public int MaxConsecutive { get; init; }

    /// <summary>Everyone gets at least this many meetings where the instance allows it.</summary>
    public int FairnessMinimum { get; init; }
}
