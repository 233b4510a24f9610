namespace Hub.Matching.Evaluation;

public sealed record MethodResult(string Method, IReadOnlyDictionary<int, double> Ndcg, double Auc, IReadOnlyDictionary<int, double> ExposureCoverage);
