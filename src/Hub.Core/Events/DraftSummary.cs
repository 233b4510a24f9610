namespace Hub.Core.Events;

/// <summary>The value of a generated draft and the proven bound on any schedule of the same event.</summary>
public sealed record DraftSummary(double Objective, double UpperBound, IReadOnlyList<UnplacedPair> Unplaced)
{
    public double Gap => UpperBound <= 0 ? 0 : Math.Max(0, (UpperBound - Objective) / UpperBound);
}
