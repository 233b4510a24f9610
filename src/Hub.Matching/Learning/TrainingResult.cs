namespace Hub.Matching.Learning;

public sealed record TrainingResult(
    RankingModel Model,
    int TrainingPairs,
    int HoldoutPairs,
    double HoldoutNdcg10,
    double ContentNdcg10,
    IReadOnlyDictionary<string, double> PermutationImportance,
    TimeSpan Duration);
