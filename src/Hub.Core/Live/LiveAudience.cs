namespace Hub.Core.Live;

/// <summary>
/// Who receives a push: some accounts, and the members of some profiles. Profile members are resolved when the push is
/// sent, so someone removed from a profile stops receiving its pushes at once.
/// </summary>
public sealed record LiveAudience
{
    public IReadOnlyCollection<string> Users { get; init; } = [];

    public IReadOnlyCollection<int> Profiles { get; init; } = [];

    /// <summary>Every signed-in user with a page open: for changes to public things (an offer's free hours).</summary>
    public bool Everyone { get; init; }

    public static readonly LiveAudience SignedIn = new() { Everyone = true };

    public static LiveAudience User(string userId) => new() { Users = [userId] };

    public static LiveAudience ForUsers(IEnumerable<string> userIds) => new() { Users = userIds.Distinct().ToList() };

    public static LiveAudience ProfileMembers(params int[] profileIds) => new() { Profiles = profileIds.Distinct().ToList() };
}
