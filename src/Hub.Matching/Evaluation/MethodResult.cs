namespace Hub.Matching.Evaluation;

/// <summary>
/// One method's figures. Under cross-validation NDCG is the mean over every evaluated participant of all folds, AUC and
/// coverage the mean over folds, and the spreads the standard deviation of the per-fold figures; a single hold-out has
/// no spread (null).
/// </summary>
public sealed record MethodResult(
    string Method,
    IReadOnlyDictionary<int, double> Ndcg,
    double Auc,
    IReadOnlyDictionary<int, double> ExposureCoverage,
    IReadOnlyDictionary<int, double>? NdcgSpread = null,
    double? AucSpread = null);
