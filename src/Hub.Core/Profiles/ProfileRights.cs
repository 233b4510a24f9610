namespace Hub.Core.Profiles;

/// <summary>
/// What one user may do with one profile. The one rule every page and service asks (through <see cref="ProfileAccess"/>):
/// members (owners and editors) act for the profile; platform admins may edit it for moderation but never speak for it.
/// </summary>
public sealed record ProfileRights(ProfileRole? Role, bool IsAdmin)
{
    public static readonly ProfileRights None = new(null, false);

    /// <summary>An owner or editor of the profile.</summary>
    public bool IsMember => Role is not null;

    /// <summary>Send and answer introductions, write messages, see and act on the profile's recommendations.</summary>
    public bool CanActFor => IsMember;

    /// <summary>Change what the profile says (members; admins for moderation).</summary>
    public bool CanEdit => IsMember || IsAdmin;

    /// <summary>Add and remove the people who manage the profile (members; admins for moderation).</summary>
    public bool CanManageMembers => IsMember || IsAdmin;
}
