namespace Hub.Core.Profiles;

/// <summary>
/// How many profiles one account may create and manage (section "Hub:Profiles"). Every per-profile cap also counts per
/// account, but a flood of throwaway profiles still costs the directory and the recommender; platform admins are exempt.
/// </summary>
public sealed class ProfileCreationRules
{
    /// <summary>Profiles one account may create within <see cref="PeriodDays"/>.</summary>
    public int MaxCreatedPerPeriod { get; set; } = 3;

    public int PeriodDays { get; set; } = 30;

    /// <summary>Profiles one account may manage at once (created or joined).</summary>
    public int MaxManaged { get; set; } = 10;
}
