namespace Hub.Core.Profiles;

/// <summary>Links a user account to a profile it may edit. A profile can have several members, a user several profiles.</summary>
public class ProfileMember
{
    public int ProfileId { get; set; }

    public Profile? Profile { get; set; }

    public required string UserId { get; set; }

    public ProfileRole Role { get; set; } = ProfileRole.Owner;

    public DateTime JoinedAt { get; set; }
}
