using Hub.Matching.Features;
using Hub.Matching.Ranking;

namespace Hub.Matching.Serving;

/// <summary>
/// What serves right now: the profile snapshot and the scorer. Both are swapped whole (a reference assignment), so a
/// request never sees half a model and training never blocks serving.
/// </summary>
public sealed class RecommenderState
{
    private MatchWorld _world = MatchWorld.Empty;
    private IPairScorer _scorer = new ContentScorer();
    private long _builtFromVersion = -1;
    private TrainingProgress _progress = new(false, 0, "Idle", DateTime.UtcNow);

    public MatchWorld World => Volatile.Read(ref _world);

    public IPairScorer Scorer => Volatile.Read(ref _scorer);

    public long BuiltFromVersion => Interlocked.Read(ref _builtFromVersion);

    public TrainingProgress Progress => Volatile.Read(ref _progress);

    public event Action<TrainingProgress>? ProgressChanged;

    public void Swap(MatchWorld world, long fromVersion)
    {
        Volatile.Write(ref _world, world);
        Interlocked.Exchange(ref _builtFromVersion, fromVersion);
    }

    public void Swap(IPairScorer scorer) => Volatile.Write(ref _scorer, scorer);

    public void Report(TrainingProgress progress)
    {
        Volatile.Write(ref _progress, progress);
        ProgressChanged?.Invoke(progress);
    }
}
