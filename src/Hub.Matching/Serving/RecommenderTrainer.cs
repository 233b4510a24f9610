using System.Text.Json;
using System.Threading.Channels;
using Hub.Core.Data;
using Hub.Core.Jobs;
using Hub.Core.Recommendations;
using Hub.Matching.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Matching.Serving;

/// <summary>
/// Keeps the serving model fresh in the background: loads the newest stored version at start, gives a demo hub its
/// synthetic history, and retrains when asked (by an admin, an import, or <see cref="RetrainCheckJob"/>). Serving never waits for it.
/// </summary>
/// <remarks>
/// With several instances on one database, one trains at a time: a run holds the job host's lease
/// <see cref="TrainingLease"/>, and a run asked for while another instance holds it does not start. Every instance
/// looks for a newer stored version every <see cref="MatchingOptions.ModelCheckInterval"/> and serves it.
/// </remarks>
public sealed class RecommenderTrainer(
    IServiceScopeFactory scopes,
    RecommenderState state,
    WorldLoader worlds,
    JobHost jobs,
    IOptions<MatchingOptions> options,
    TimeProvider clock,
    ILogger<RecommenderTrainer> logger) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<string> _requests = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Completes once start-up is over: the stored model loaded, or a demo hub's first model trained.</summary>
    public Task Ready => _ready.Task;

    /// <summary>The job host lease a training run holds, on whichever instance it runs.</summary>
    public const string TrainingLease = "recommendations.training";

    private int _servingVersion;

    /// <summary>The stored model version this instance serves; 0 while the content score serves.</summary>
    public int ServingVersion => Volatile.Read(ref _servingVersion);

    /// <summary>Asks for a training run; false if one is already queued.</summary>
    public bool RequestTraining(string trigger) => _requests.Writer.TryWrite(trigger);

    /// <summary>
    /// Asks for a training run unless one is queued here or running on any instance; null when queued, otherwise the
    /// reason it was not, for the person who asked.
    /// </summary>
    public async Task<string?> RequestTrainingAsync(string trigger, CancellationToken ct = default)
    {
        if (await jobs.LeaseHolderAsync(TrainingLease, ct) is { } running)
        {
            return $"A training run has been going since {running.Since:HH:mm} UTC (on instance {running.Holder}). Its model will serve on every instance when it is saved; start another one after that.";
        }

        return RequestTraining(trigger) ? null : "A training run is already queued.";
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await LoadNewerAsync(stoppingToken);
            // Instances starting together on a fresh demo hub: the one holding the lease writes the history and trains.
            if (options.Value.DemoHistory && await jobs.TryLeaseAsync(TrainingLease, stoppingToken))
            {
                var trained = false;
                try
                {
                    await using (jobs.KeepLease(TrainingLease))
                    {
                        if (await EnsureDemoHistoryAsync(stoppingToken))
                        {
                            await TrainLeasedAsync("demo", stoppingToken);
                        }
                    }

                    trained = true;
                }
                finally
                {
                    await jobs.ReleaseAsync(TrainingLease, trained, trained ? "Start-up: " + state.Progress.Message : "Start-up training failed.", CancellationToken.None);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Recommender start-up failed; serving the content score.");
        }
        finally
        {
            _ready.TrySetResult();
        }

        var watching = WatchStoredModelsAsync(stoppingToken);

        // Runs on request: an admin's "Retrain now", an import, or the retrain check job when enough signals arrived.
        await foreach (var trigger in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await TrainAsync(trigger, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Training failed; the previous model keeps serving.");
                state.Report(new TrainingProgress(false, 0, $"Training failed: {e.Message}", clock.GetUtcNow().UtcDateTime));
            }
        }

        await watching;
    }

    /// <summary>
    /// Trains a new version on every signal so far that may be used (consent), streamed from the database; stores it with
    /// its metrics, and swaps it in. Does nothing (null) while another instance trains.
    /// </summary>
    public async Task<ModelVersion?> TrainAsync(string trigger, CancellationToken ct)
    {
        if (!await jobs.TryLeaseAsync(TrainingLease, ct))
        {
            var holder = await jobs.LeaseHolderAsync(TrainingLease, ct);
            state.Report(new TrainingProgress(false, 100, $"Not started: another instance ({holder?.Holder ?? "unknown"}) is training; its model will serve here when it is saved.",
                clock.GetUtcNow().UtcDateTime));
            return null;
        }

        ModelVersion? trained = null;
        var succeeded = false;
        try
        {
            await using (jobs.KeepLease(TrainingLease))
            {
                trained = await TrainLeasedAsync(trigger, ct);
            }

            succeeded = true;
        }
        finally
        {
            await jobs.ReleaseAsync(TrainingLease, succeeded,
                trained is not null ? $"Version {trained.Id} trained ({trigger})." : succeeded ? state.Progress.Message : $"Training ({trigger}) failed.", CancellationToken.None);
        }

        return trained;
    }

    private async Task<ModelVersion?> TrainLeasedAsync(string trigger, CancellationToken ct)
    {
        void Report(int percent, string message) => state.Report(new TrainingProgress(percent < 100, percent, message, clock.GetUtcNow().UtcDateTime));

        Report(5, "Reading signals…");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var lastSignal = await db.InteractionSignals.MaxAsync(s => (long?)s.Id, ct) ?? 0;
        var world = await worlds.CurrentAsync(fresh: true, ct);
        Report(20, "Reading signals and building features…");
        var (rows, signals) = await TrainingSet.BuildAsync(world, scope.ServiceProvider.GetRequiredService<TrainingSignals>().ReadAsync(ct), ct);
        Report(30, $"{signals:N0} signals gave {rows.Count:N0} labelled pairs.");
        if (rows.Count < options.Value.MinimumTrainingPairs)
        {
            Report(100, $"Only {rows.Count:N0} labelled pairs; at least {options.Value.MinimumTrainingPairs:N0} are needed. The content score keeps serving.");
            return null;
        }

        var version = (await db.ModelVersions.MaxAsync(m => (int?)m.Id, ct) ?? 0) + 1;
        Report(35, $"Training version {version} on {rows.Count:N0} pairs…");
        var progress = new Progress<string>(m => Report(60, m));
        var result = await Task.Run(() => RankingTrainer.Train(rows, version, progress: progress), ct);

        Report(90, "Saving the model…");
        var entity = new ModelVersion
        {
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            TrainingPairs = result.TrainingPairs,
            HoldoutPairs = result.HoldoutPairs,
            HoldoutNdcg10 = Finite(result.HoldoutNdcg10),
            ContentNdcg10 = Finite(result.ContentNdcg10),
            FeatureImportanceJson = JsonSerializer.Serialize(result.PermutationImportance),
            TrainingSeconds = result.Duration.TotalSeconds,
            Trigger = trigger,
            LastSignalId = lastSignal,
            ScoreMean = result.Model.Scale.Mean,
            ScoreSpread = result.Model.Scale.Spread,
            Model = result.Model.Save(),
        };
        db.ModelVersions.Add(entity);
        await db.SaveChangesAsync(ct);
        Serve(entity);
        Report(100, $"Version {entity.Id} serves: held-out NDCG@10 {entity.HoldoutNdcg10:F3} (content score {entity.ContentNdcg10:F3}).");
        logger.LogInformation("Recommender model v{Version} trained on {Pairs} pairs in {Seconds:F1} s, NDCG@10 {Ndcg:F3}.",
            entity.Id, result.TrainingPairs, result.Duration.TotalSeconds, entity.HoldoutNdcg10);
        return entity;
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;

    /// <summary>Serves the newest stored version when it is newer than the serving one (trained here or on another instance).</summary>
    public async Task LoadNewerAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var newest = await db.ModelVersions.MaxAsync(m => (int?)m.Id, ct) ?? 0;
        if (newest <= ServingVersion)
        {
            return;
        }

        var latest = await db.ModelVersions.AsNoTracking().SingleAsync(m => m.Id == newest, ct);
        Serve(latest);
        state.Report(new TrainingProgress(false, 100, $"Version {latest.Id} serves.", clock.GetUtcNow().UtcDateTime));
    }

    private void Serve(ModelVersion version)
    {
        state.Swap(RankingModel.Load(version.Model, version.Id, new ScoreScale(version.ScoreMean, version.ScoreSpread)));
        Volatile.Write(ref _servingVersion, version.Id);
    }

    private async Task WatchStoredModelsAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.ModelCheckInterval, clock, ct);
                await LoadNewerAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Looking for a newer model failed; the serving one keeps serving.");
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Signals (other than impressions) recorded since the serving model was trained.</summary>
    public async Task<long> NewSignalsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var since = await db.ModelVersions.MaxAsync(m => (long?)m.LastSignalId, ct) ?? 0;
        return await db.InteractionSignals.LongCountAsync(s => s.Id > since && s.Kind != SignalKind.Impression, ct);
    }

    /// <summary>
    /// A freshly seeded demo hub gets the deterministic synthetic history, so the learned model serves from the first
    /// minute. Only when the demo accounts exist and there is neither a demo history nor a model yet.
    /// </summary>
    private async Task<bool> EnsureDemoHistoryAsync(CancellationToken ct)
    {
        if (!options.Value.DemoHistory)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        // Impressions may already be recorded by early visitors; only an earlier demo history or a trained model counts.
        if (await db.InteractionSignals.AnyAsync(s => s.Source == "demo-history", ct) || await db.ModelVersions.AnyAsync(ct) ||
            !await db.Users.AnyAsync(u => u.NormalizedEmail == "ADMIN@HUB.DEMO", ct))
        {
            return false;
        }

        state.Report(new TrainingProgress(true, 2, "Creating the demo interaction history…", clock.GetUtcNow().UtcDateTime));
        var world = await worlds.CurrentAsync(fresh: true, ct);
        var history = SyntheticHistory.Generate(world);
        var rng = new Random(11);
        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in history.Chunk(5_000))
        {
            db.InteractionSignals.AddRange(chunk.Select(h => new InteractionSignal
            {
                SeekerProfileId = h.SeekerId,
                CandidateProfileId = h.CandidateId,
                Kind = h.Kind,
                Reason = h.Reason,
                Source = "demo-history",
                // Spread over the past months, older than any exposure window so live exposure starts clean.
                CreatedAt = now.AddDays(-14 - rng.Next(0, 180)),
            }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        logger.LogInformation("Added {Count} synthetic demo signals.", history.Count);
        return true;
    }
}
