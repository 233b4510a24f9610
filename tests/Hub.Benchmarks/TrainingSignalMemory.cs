using System.Diagnostics;
using Hub.Core;
using Hub.Core.Data;
using Hub.Core.Recommendations;
using Hub.Matching;
using Hub.Matching.Learning;
using Hub.Matching.Serving;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Benchmarks;

/// <summary>
/// Peak memory of reading the training signals: the old way (every signal in one list) against the stream that keeps
/// one label per pair. Run each mode in its own process, so the peak working set is that mode's alone.
/// </summary>
public static class TrainingSignalMemory
{
    public static async Task RunAsync(string mode, int signals, int pairs)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hub-bench-signals-{signals}-{pairs}.db");
        var services = new ServiceCollection();
        services.AddLogging();
        var configuration = new ConfigurationBuilder().Build();
        services.AddHubCore(configuration, $"Data Source={path}");
        services.AddHubMatching(configuration);
        await using var provider = services.BuildServiceProvider();
        await provider.InitialiseHubDatabaseAsync(seedFolder: null);
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            if (!await db.InteractionSignals.AnyAsync())
            {
                await FillAsync(db, signals, pairs);
            }
        }

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long held;
        var watch = Stopwatch.StartNew();
        long read;
        int labelled;
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            if (mode == "list")
            {
                var all = await db.InteractionSignals.AsNoTracking().Where(s => s.Kind != SignalKind.Unsaved)
                    .Select(s => new LabelSignal(s.SeekerProfileId, s.CandidateProfileId, s.Kind)).ToListAsync();
                read = all.Count;
                labelled = all.Select(s => (s.SeekerId, s.CandidateId)).Distinct().Count();
                held = GC.GetTotalMemory(forceFullCollection: true) - baseline;
                GC.KeepAlive(all);
            }
            else
            {
                var labels = new Dictionary<(int, int), int>();
                read = 0;
                await foreach (var s in scope.ServiceProvider.GetRequiredService<TrainingSignals>().ReadAsync())
                {
                    var key = (s.SeekerId, s.CandidateId);
                    labels[key] = Math.Max(labels.GetValueOrDefault(key), InteractionSignal.Grade(s.Kind) ?? 0);
                    read++;
                }

                labelled = labels.Count;
                held = GC.GetTotalMemory(forceFullCollection: true) - baseline;
                GC.KeepAlive(labels);
            }
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"Training signals, mode {mode}: {read:N0} signals, {labelled:N0} pairs in {watch.Elapsed.TotalSeconds:F1} s; " +
                          $"managed memory held after reading {held / 1048576.0:N0} MB, peak working set of the process {process.PeakWorkingSet64 / 1048576.0:N0} MB; {Stats.Machine()}");
    }

    /// <summary>Signals written by SQL (a recursive sequence), so filling millions of rows takes seconds.</summary>
    private static async Task FillAsync(HubDbContext db, int signals, int pairs)
    {
        const int profiles = 2_000;
        db.Profiles.AddRange(Enumerable.Range(1, profiles).Select(i => new Hub.Core.Profiles.Profile
        {
            Id = i, Kind = Hub.Core.Profiles.ProfileKind.Startup, Name = $"P{i}", Headline = "Bench", Country = "LU",
        }));
        await db.SaveChangesAsync();
        var last = signals - 1;
        var count = profiles;
        await db.Database.ExecuteSqlAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {last})
            INSERT INTO InteractionSignals (SeekerProfileId, CandidateProfileId, Kind, Source, CreatedAt)
            SELECT 1 + ((i % {pairs}) % {count}), 1 + (((i % {pairs}) / {count} + (i % {pairs}) % {count} + 1) % {count}),
                   CASE WHEN i % 50 = 0 THEN 3 ELSE 0 END, 'bench', '2026-01-01' FROM n;
            """);
    }
}
