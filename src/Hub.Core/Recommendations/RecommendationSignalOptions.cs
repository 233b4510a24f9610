namespace Hub.Core.Recommendations;

/// <summary>What Hub keeps of recommendation signals and how it may use them (section "Hub:Recommendations").</summary>
public sealed class RecommendationSignalOptions
{
    /// <summary>
    /// Whether an account that never chose uses its activity for personalised ranking. On: the activity never leaves
    /// Hub, the switch is one click away and explained, and without it a new member's lists would ignore everything
    /// they do. An operator who needs opt-in sets it to false.
    /// </summary>
    public bool PersonaliseByDefault { get; set; } = true;

    /// <summary>Days raw impressions and views are kept; older ones are folded into daily counts.</summary>
    public int RawSignalDays { get; set; } = 90;

    /// <summary>How often old raw signals are folded.</summary>
    public TimeSpan FoldInterval { get; set; } = TimeSpan.FromHours(6);
}
