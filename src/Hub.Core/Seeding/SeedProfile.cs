using Hub.Core.Profiles;

namespace Hub.Core.Seeding;

/// <summary>A demo profile: a stable key (referenced by accounts and offers) and what the wizard would have entered.</summary>
public sealed class SeedProfile
{
    public required string Key { get; set; }

    public required ProfileInput Profile { get; set; }

    /// <summary>Days before the seed date the profile was created, so "newest" sorting has something to show.</summary>
    public int CreatedDaysAgo { get; set; }
}
