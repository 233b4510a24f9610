namespace Hub.Core.Events;

/// <summary>
/// How well two profiles match, in (0, 1], read the same from both sides (reciprocal). Hub.Matching provides it; Core
/// asks it to re-pair people on the day without knowing how ranking works.
/// </summary>
public interface IEventPairScorer
{
    Task<IReadOnlyDictionary<(int ProfileA, int ProfileB), double>> ScoreAsync(IReadOnlyCollection<(int ProfileA, int ProfileB)> pairs, CancellationToken ct = default);
}
