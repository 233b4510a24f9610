using Hub.Matching.Learning;

namespace Hub.Matching.Evaluation;

public sealed record QualityReport(
    int Seekers,
    int HeldOutSeekers,
    IReadOnlyList<MethodScore> Methods,
    double StartupsInAnInvestorsTop20,
    double ExposureCoverage,
    TrainingResult Training,
    MutualAcceptRates? MutualAccept = null)
{
    public double Score(string method) => Methods.First(m => m.Method == method).Ndcg10;
}
