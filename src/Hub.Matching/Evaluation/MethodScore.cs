namespace Hub.Matching.Evaluation;

public sealed record MethodScore(string Method, double Ndcg10, double Auc);
