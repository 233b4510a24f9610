namespace Hub.Matching.Serving;

/// <summary>Recommender settings (section "Hub:Recommender").</summary>
public sealed class MatchingOptions
{
    /// <summary>Give an empty signal table the synthetic demo history (only when the demo seed is loaded).</summary>
    public bool DemoHistory { get; set; } = true;

    /// <summary>Retrain once this many new signals have arrived since the serving model was trained.</summary>
    public int RetrainAfterSignals { get; set; } = 500;

    /// <summary>How often the background trainer looks for new signals.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often each instance looks for a model version trained by another instance, and then serves it.</summary>
    public TimeSpan ModelCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Fewest labelled pairs before a learned model may replace the content score.</summary>
    public int MinimumTrainingPairs { get; set; } = 1_000;

    /// <summary>Days of impressions that count towards a candidate's exposure.</summary>
    public int ExposureWindowDays { get; set; } = 7;

    /// <summary>Rows an admin's import of past event data may have per file; a bigger file is refused whole.</summary>
    public int MaxImportRows { get; set; } = 200_000;
}
