using Hub.Core.Jobs;
using Microsoft.Extensions.Options;

namespace Hub.Matching.Serving;

/// <summary>Asks the background trainer for a new model once enough new signals have arrived since the serving one.</summary>
public sealed class RetrainCheckJob(RecommenderTrainer trainer, IOptions<MatchingOptions> options) : IPeriodicJob
{
    public string Name => "recommendations.retrain-check";

    public TimeSpan Interval => options.Value.CheckInterval;

    public async Task<string> RunAsync(JobRun run, CancellationToken ct)
    {
        var fresh = await trainer.NewSignalsAsync(ct);
        if (fresh < options.Value.RetrainAfterSignals)
        {
            return $"{fresh} new signals; retraining after {options.Value.RetrainAfterSignals}.";
        }

        return trainer.RequestTraining("schedule")
            ? $"{fresh} new signals: training requested."
            : $"{fresh} new signals: a training run is already queued.";
    }
}
