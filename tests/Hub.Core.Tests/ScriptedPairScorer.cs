using Hub.Core.Events;

namespace Hub.Core.Tests;

/// <summary>Pair scores a test sets by hand (0.5 when unset), read the same in both orders.</summary>
public sealed class ScriptedPairScorer : IEventPairScorer
{
    private readonly Dictionary<(int, int), double> _scores = [];

    public void Set(int profileA, int profileB, double score)
    {
        _scores[(profileA, profileB)] = score;
        _scores[(profileB, profileA)] = score;
    }

    public Task<IReadOnlyDictionary<(int ProfileA, int ProfileB), double>> ScoreAsync(IReadOnlyCollection<(int ProfileA, int ProfileB)> pairs, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyDictionary<(int, int), double>>(pairs.Distinct().ToDictionary(p => p, p => _scores.GetValueOrDefault(p, 0.5)));
}
