namespace Hub.Scheduling;

/// <summary>
/// A schedule with its value and a proven upper bound on the value of any schedule of the same instance, so the gap
/// says how far from optimal it can be at most.
/// </summary>
public sealed record ScheduleResult
{
    public required IReadOnlyList<ScheduledMeeting> Meetings { get; init; }

    /// <summary>Sum of the weights of the scheduled meetings.</summary>
    public required double Objective { get; init; }

    /// <summary>No schedule of this instance is worth more than this (a dual-feasible bound, not a solver's estimate).</summary>
    public required double UpperBound { get; init; }

    /// <summary>(UpperBound - Objective) / UpperBound; 0 when proven optimal.</summary>
    public double Gap => UpperBound <= 0 ? 0 : Math.Max(0, (UpperBound - Objective) / UpperBound);

    /// <summary>Idle slots between a person's first and last meeting, summed over people (fewer is better).</summary>
    public required int IdleGaps { get; init; }

    public required IReadOnlyList<UnplacedRequest> UnplacedRequests { get; init; }

    /// <summary>People who got fewer meetings than the fairness minimum (where the instance did not allow more).</summary>
    public IReadOnlyList<string> BelowFairnessMinimum { get; init; } = [];
}
