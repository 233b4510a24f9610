namespace Hub.Core.Seeding;

/// <summary>A demo login and the profiles it manages.</summary>
public sealed class SeedAccount
{
    public required string Email { get; set; }

    public required string DisplayName { get; set; }

    public required string Password { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<string> Profiles { get; set; } = [];

    /// <summary>Shown on the sign-in page and printed at start-up so people can try each role.</summary>
    public bool Featured { get; set; }
}
