using System.Text.Json;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Matching.Serving;

/// <summary>What the admin page shows about the recommender.</summary>
public sealed class RecommenderAdmin(HubDbContext db, IOptions<MatchingOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<ModelVersionRow>> VersionsAsync(CancellationToken ct = default)
    {
        var rows = await db.ModelVersions.AsNoTracking().OrderByDescending(m => m.Id)
            .Select(m => new { m.Id, m.CreatedAt, m.Trigger, m.TrainingPairs, m.HoldoutPairs, m.HoldoutNdcg10, m.ContentNdcg10, m.TrainingSeconds, m.FeatureImportanceJson })
            .ToListAsync(ct);
        return rows.Select(m => new ModelVersionRow(m.Id, m.CreatedAt, m.Trigger, m.TrainingPairs, m.HoldoutPairs, m.HoldoutNdcg10, m.ContentNdcg10,
            m.TrainingSeconds, JsonSerializer.Deserialize<Dictionary<string, double>>(m.FeatureImportanceJson) ?? [])).ToList();
    }

    public async Task<SignalSummary> SignalsAsync(CancellationToken ct = default)
    {
        var byKind = await db.InteractionSignals.AsNoTracking().GroupBy(s => s.Kind).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var bySource = await db.InteractionSignals.AsNoTracking().GroupBy(s => s.Source).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return new SignalSummary(byKind, bySource, byKind.Values.Sum(v => (long)v));
    }

    public async Task<IReadOnlyList<ExposureCoverage>> CoverageAsync(CancellationToken ct = default)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.ExposureWindowDays);
        var shown = await db.InteractionSignals.AsNoTracking()
            .Where(s => s.Kind == SignalKind.Impression && s.CreatedAt >= since)
            .Select(s => s.CandidateProfileId).Distinct()
            .Join(db.Profiles, id => id, p => p.Id, (id, p) => p.Kind)
            .GroupBy(k => k).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var totals = await db.Profiles.AsNoTracking().GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return Enum.GetValues<ProfileKind>().Select(k => new ExposureCoverage(k, shown.GetValueOrDefault(k), totals.GetValueOrDefault(k))).ToList();
    }
}
