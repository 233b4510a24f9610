namespace Hub.Web.Accounts;

public static class PasswordRules
{
    public const int MinimumLength = Hub.Core.Accounts.PasswordPolicy.MinimumLength;

    /// <summary>The same rules Identity enforces on the server, phrased for the form.</summary>
    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Choose a password.";
        }

        if (password.Length < MinimumLength)
        {
            return $"Use at least {MinimumLength} characters.";
        }

        if (password.Length > 128)
        {
            return "Use at most 128 characters.";
        }

        if (!password.Any(char.IsUpper) || !password.Any(char.IsLower) || !password.Any(char.IsDigit))
        {
            return "Mix upper-case and lower-case letters with at least one digit.";
        }

        return null;
    }

    public static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Trim().Length <= 256 &&
        System.Net.Mail.MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() &&
        address.Host.Contains('.', StringComparison.Ordinal);
}
