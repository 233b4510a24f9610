namespace Hub.Matching.Serving;

public sealed record ModelVersionRow(
    int Id, DateTime CreatedAt, string Trigger, int TrainingPairs, int HoldoutPairs, double HoldoutNdcg10, double ContentNdcg10,
    double TrainingSeconds, IReadOnlyDictionary<string, double> Importance);
