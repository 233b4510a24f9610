using Microsoft.AspNetCore.Identity;

namespace Hub.Core.Accounts;

/// <summary>A person who signs in. What they represent is a <see cref="Profiles.Profile"/>.</summary>
public class HubUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

/// <summary>Platform roles. Everyone who registers is a Member.</summary>
public static class HubRoles
{
    public const string Member = "Member";
    public const string Organiser = "Organiser";
    public const string Admin = "Admin";

    public static readonly string[] All = [Member, Organiser, Admin];
}
