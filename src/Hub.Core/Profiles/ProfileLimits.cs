namespace Hub.Core.Profiles;

/// <summary>Field length limits, shared by the database schema, the validator and the form counters.</summary>
public static class ProfileLimits
{
    public const int Name = 120;
    public const int Headline = 200;
    public const int Description = 4000;
    public const int City = 100;
    public const int Url = 300;
    public const int ShortText = 150;
    public const int MaxTags = 20;
    public const int MaxGeographies = 20;
    public const long MaxEuros = 10_000_000_000;
}
