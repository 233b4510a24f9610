namespace Hub.Core.Recommendations;

/// <summary>A trained recommender model with its measurements. The newest active version serves.</summary>
public class ModelVersion
{
    public int Id { get; set; }

    public DateTime CreatedAt { get; set; }

    public int TrainingPairs { get; set; }

    public int HoldoutPairs { get; set; }

    public double HoldoutNdcg10 { get; set; }

    /// <summary>NDCG@10 of the content score on the same held-out lists, for comparison.</summary>
    public double ContentNdcg10 { get; set; }

    /// <summary>Permutation importance per feature, as JSON.</summary>
    public string FeatureImportanceJson { get; set; } = "{}";

    public double TrainingSeconds { get; set; }

    /// <summary>What triggered it: "schedule", "admin", "demo", "import".</summary>
    public string Trigger { get; set; } = "schedule";

    public long LastSignalId { get; set; }

    /// <summary>Mean of the model's raw scores on its training pairs (for centring interest).</summary>
    public double ScoreMean { get; set; }

    /// <summary>Standard deviation of the model's raw scores on its training pairs.</summary>
    public double ScoreSpread { get; set; } = 1;

    public byte[] Model { get; set; } = [];
}
