using Microsoft.AspNetCore.Identity;

namespace Hub.Core.Accounts;

/// <summary>The one password policy: the web app's Identity setup and the command line's create-admin both apply it.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 10;

    public static void Apply(PasswordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RequiredLength = MinimumLength;
        options.RequireDigit = true;
        options.RequireLowercase = true;
        options.RequireUppercase = true;
        options.RequireNonAlphanumeric = false;
    }
}
