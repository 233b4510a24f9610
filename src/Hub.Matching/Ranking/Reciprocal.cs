namespace Hub.Matching.Ranking;

/// <summary>
/// How both directions of a pair combine: a weighted harmonic mean, low when either side would not want the meeting.
/// The seeker's own interest weighs twice the other side's: whether they act on a card depends on them alone, whether
/// the meeting happens depends on both.
/// </summary>
public static class Reciprocal
{
    public const float ForwardWeight = 2f;
    public const float BackwardWeight = 1f;

    public static float Combine(float forward, float backward) =>
        forward <= 0 || backward <= 0 ? 0 : (ForwardWeight + BackwardWeight) / (ForwardWeight / forward + BackwardWeight / backward);
}
