namespace Hub.Core.Accounts;

/// <summary>Platform roles. Everyone who registers is a Member.</summary>
public static class HubRoles
{
    public const string Member = "Member";
    public const string Organiser = "Organiser";
    public const string Admin = "Admin";

    public static readonly string[] All = [Member, Organiser, Admin];
}
