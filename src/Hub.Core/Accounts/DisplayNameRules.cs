namespace Hub.Core.Accounts;

/// <summary>The rule for the name a person registers under, run by the form and again by the account service.</summary>
public static class DisplayNameRules
{
    public const int MaxLength = 100;

    /// <summary>What is wrong with the name, in the reader's words; null when it may be used.</summary>
    public static string? Check(string? value)
    {
        var name = (value ?? "").Trim();
        if (name.Length == 0)
        {
            return "Tell us your name.";
        }

        if (name.Length > MaxLength)
        {
            return $"Keep your name under {MaxLength} characters.";
        }

        return SafeText.IsSafeLine(name) ? null : SafeText.Refusal("Your name");
    }
}
