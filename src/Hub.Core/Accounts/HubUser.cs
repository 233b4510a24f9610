using Microsoft.AspNetCore.Identity;

namespace Hub.Core.Accounts;

/// <summary>A person who signs in. What they represent is a <see cref="Profiles.Profile"/>.</summary>
public class HubUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
