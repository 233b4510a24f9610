using Hub.Core.Jobs;
using Microsoft.Extensions.Options;

namespace Hub.Core.Recommendations;

/// <summary>Folds raw impressions and views older than the retention period into daily counts.</summary>
public sealed class SignalFoldingJob(SignalFolding folding, IOptions<RecommendationSignalOptions> options) : IPeriodicJob
{
    public string Name => "recommendations.fold-signals";

    public TimeSpan Interval => options.Value.FoldInterval;

    public async Task<string> RunAsync(JobRun run, CancellationToken ct) =>
        $"{await folding.FoldAsync(ct):N0} raw impressions and views folded into daily counts.";
}
