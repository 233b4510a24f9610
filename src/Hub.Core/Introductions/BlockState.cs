namespace Hub.Core.Introductions;

/// <summary>Whether a block stands between two profiles, seen from one of them.</summary>
public enum BlockState
{
    None,

    /// <summary>This side blocked the other (or the account behind it); it may unblock.</summary>
    BlockedByMe,

    /// <summary>The other side blocked this one, or another profile of the same people.</summary>
    BlockedByThem,
}
