namespace Hub.Core.Profiles;

/// <summary>
/// Counts profile changes so that caches built from profiles (the recommender's snapshot) know when to rebuild,
/// without Core depending on them.
/// </summary>
public sealed class ProfileChanges
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Record() => Interlocked.Increment(ref _version);
}
