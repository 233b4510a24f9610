using System.Security.Claims;
using Hub.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hub.Web.Accounts;

/// <summary>Puts the person's display name in the cookie so the app bar can greet them without a database call.</summary>
public sealed class HubClaimsPrincipalFactory(UserManager<HubUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<HubUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(HubUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(HubClaims.DisplayName, user.DisplayName));
        }

        return identity;
    }
}
