namespace Hub.Core.Profiles;

/// <summary>
/// Counts changes to what the recommender reads (profiles, their tags, and the signals that introductions leave), so that
/// caches built from them (the recommender's snapshot) know when to rebuild, without Core depending on the recommender.
/// </summary>
public sealed class MatchingInputChanges
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Record() => Interlocked.Increment(ref _version);
}
