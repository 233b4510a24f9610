using Hub.Core;
using Hub.Core.Data;
using Hub.Core.Introductions;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Hub.Matching.Features;
using Hub.Matching.Ranking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Matching.Serving;

/// <summary>Serves ranked, explained recommendations and records what people do with them.</summary>
public sealed class RecommendationService(
    HubDbContext db,
    ProfileAccess access,
    WorldLoader worlds,
    RecommenderState state,
    ProfileDirectory directory,
    IOptions<MatchingOptions> options,
    PublicMatchCache publicMatches,
    ImpressionLog impressions,
    ProfileBlocking blocking,
    PersonalisationConsents consents,
    TimeProvider clock)
{
    /// <summary>The snapshot, waiting for a fresh one only if it does not know the profile yet (just created).</summary>
    private async Task<MatchWorld> WorldWithAsync(int profileId, CancellationToken ct)
    {
        var world = await worlds.CurrentAsync(ct: ct);
        return world.Find(profileId) is null ? await worlds.CurrentAsync(fresh: true, ct) : world;
    }

    private static readonly ContentScorer NotPersonalised = new();

    private static readonly Outcome NotTheirs = Outcome.Forbidden("Only the people who manage this profile see and shape its recommendations.");

    /// <summary>The "For you" lists of a profile, one per need; records what was shown.</summary>
    public async Task<Outcome<IReadOnlyList<RecommendationList>>> ForYouAsync(string userId, int seekerId, int perList = 12, string? country = null, CancellationToken ct = default)
    {
        if (!await access.CanActForAsync(userId, seekerId, ct))
        {
            return NotTheirs;
        }

        var world = await WorldWithAsync(seekerId, ct);
        var seeker = world.Find(seekerId);
        if (seeker is null)
        {
            return Outcome.Done<IReadOnlyList<RecommendationList>>([]);
        }

        var history = await db.InteractionSignals.AsNoTracking()
            .Where(s => s.SeekerProfileId == seekerId && s.Source == "app" &&
                        (s.Kind == SignalKind.Dismissed || s.Kind == SignalKind.Saved || s.Kind == SignalKind.Unsaved))
            .OrderBy(s => s.Id)
            .Select(s => new { s.CandidateProfileId, s.Kind, s.Reason })
            .ToListAsync(ct);
        var dismissals = history.Where(h => h.Kind == SignalKind.Dismissed)
            .Select(h => new Dismissal(h.CandidateProfileId, h.Reason ?? DismissalReason.Other)).ToList();
        var saved = SavedFrom(history.Select(h => (h.CandidateProfileId, h.Kind)));
        // A blocked pair is never recommended, either way, nor any other profile of the people behind the block.
        var exclude = dismissals.Select(d => d.CandidateId).Append(seekerId).Concat(await blocking.BlockedAroundAsync(seekerId, ct)).ToHashSet();

        var exposure = await ExposureAsync(ct);
        // Without consent the reader gets the transparent content score and no steering by their past dismissals;
        // what they dismissed stays hidden, since they asked for that explicitly.
        var personalised = await consents.IsGivenAsync(userId, ct);
        var scorer = personalised ? state.Scorer : NotPersonalised;
        var lists = new List<RecommendationList>();
        foreach (var need in CandidateKinds.NeedsOf(seeker.Kind, seeker.Seeks))
        {
            var ranked = Recommender.Rank(world, scorer, new RankRequest
            {
                SeekerId = seekerId,
                Kinds = CandidateKinds.For(need, seeker.Kind),
                Take = perList,
                Exclude = exclude,
                Country = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant(),
                Dismissals = personalised ? dismissals : [],
                Exposure = exposure,
                ExposureTarget = ExposureTarget(world, exposure),
            });
            lists.Add(new RecommendationList(need, CandidateKinds.Heading(need), await CardsAsync(ranked, saved, ct), scorer.Name, personalised));
        }

        await impressions.RecordAsync(userId, seekerId, lists.SelectMany(l => l.Cards).Select(c => c.Profile.Id).Distinct(), ct);
        return Outcome.Done<IReadOnlyList<RecommendationList>>(lists);
    }

    /// <summary>Who fits a profile (it as the seeker, across its needs), for its public page.</summary>
    public async Task<IReadOnlyList<RecommendationCard>> WhoFitsAsync(int profileId, int take = 5, CancellationToken ct = default)
    {
        var world = await WorldWithAsync(profileId, ct);
        var seeker = world.Find(profileId);
        if (seeker is null)
        {
            return [];
        }

        var scorer = state.Scorer;
        return await publicMatches.GetOrAddAsync(world, scorer, PublicMatchCache.MatchList.WhoFits, profileId, take, async () =>
        {
            var kinds = CandidateKinds.NeedsOf(seeker.Kind, seeker.Seeks).SelectMany(n => CandidateKinds.For(n, seeker.Kind)).Distinct().ToList();
            var ranked = Recommender.Rank(world, scorer, new RankRequest { SeekerId = profileId, Kinds = kinds, Take = take, LoadAware = false });
            return await CardsAsync(ranked, new HashSet<int>(), ct);
        });
    }

    /// <summary>Why one profile fits another, in words, as the serving scorer sees it (for introduction snapshots).</summary>
    public async Task<IReadOnlyList<MatchReason>> ExplainAsync(int seekerId, int candidateId, CancellationToken ct = default)
    {
        var world = await WorldWithAsync(seekerId, ct);
        var seeker = world.Find(seekerId);
        var candidate = world.Find(candidateId);
        if (seeker is null || candidate is null || seekerId == candidateId)
        {
            return [];
        }

        var features = PairFeatures.Compute(seeker, candidate);
        var contributions = state.Scorer.Contributions([features])[0];
        return Explanations.Explain(world, seeker, candidate, features, contributions);
    }

    /// <summary>Profiles of the same kind that work on the same things, with the shared facts as reasons.</summary>
    public async Task<IReadOnlyList<RecommendationCard>> SimilarAsync(int profileId, int take = 5, CancellationToken ct = default)
    {
        var world = await WorldWithAsync(profileId, ct);
        var profile = world.Find(profileId);
        if (profile is null)
        {
            return [];
        }

        // Similarity does not depend on the model; the cache still keys on it, which costs one recomputation per retrain.
        return await publicMatches.GetOrAddAsync(world, state.Scorer, PublicMatchCache.MatchList.Similar, profileId, take, async () =>
        {
            var ranked = world.Profiles.Where(p => p.Kind == profile.Kind && p.Id != profile.Id)
                .Select(p => (Profile: p, Parts: new[]
                {
                    0.5f * profile.Text.Dot(p.Text),
                    0.25f * PairFeatures.Overlap(profile.Sectors, p.Sectors),
                    0.25f * PairFeatures.Overlap(profile.Domains, p.Domains),
                }))
                .OrderByDescending(x => x.Parts.Sum()).ThenBy(x => x.Profile.Id).Take(take).ToList();
            var features = new Dictionary<int, float[]>();
            var results = new List<Recommendation>();
            foreach (var (candidate, parts) in ranked)
            {
                var f = new float[PairFeatures.Count];
                var c = new float[PairFeatures.Count];
                f[(int)MatchFeature.TextSimilarity] = profile.Text.Dot(candidate.Text);
                f[(int)MatchFeature.SectorOverlap] = PairFeatures.Overlap(profile.Sectors, candidate.Sectors);
                f[(int)MatchFeature.DomainOverlap] = PairFeatures.Overlap(profile.Domains, candidate.Domains);
                c[(int)MatchFeature.TextSimilarity] = parts[0];
                c[(int)MatchFeature.SectorOverlap] = parts[1];
                c[(int)MatchFeature.DomainOverlap] = parts[2];
                results.Add(new Recommendation(candidate.Id, parts.Sum(), parts.Sum(), parts.Sum(), parts.Sum(), Explanations.Explain(world, profile, candidate, f, c)));
            }

            return await CardsAsync(results, new HashSet<int>(), ct);
        });
    }

    public async Task<Outcome<IReadOnlyList<ProfileCard>>> SavedAsync(string userId, int seekerId, CancellationToken ct = default)
    {
        if (!await access.CanActForAsync(userId, seekerId, ct))
        {
            return NotTheirs;
        }

        var history = await db.InteractionSignals.AsNoTracking()
            .Where(s => s.SeekerProfileId == seekerId && s.Source == "app" && (s.Kind == SignalKind.Saved || s.Kind == SignalKind.Unsaved))
            .OrderBy(s => s.Id).Select(s => new { s.CandidateProfileId, s.Kind }).ToListAsync(ct);
        var saved = SavedFrom(history.Select(h => (h.CandidateProfileId, h.Kind)));
        return Outcome.Done(await directory.CardsAsync(saved.ToList(), ct));
    }

    public Task<Outcome> SaveAsync(string userId, int seekerId, int candidateId, CancellationToken ct = default) =>
        RecordAsync(userId, seekerId, candidateId, SignalKind.Saved, null, ct);

    public Task<Outcome> UnsaveAsync(string userId, int seekerId, int candidateId, CancellationToken ct = default) =>
        RecordAsync(userId, seekerId, candidateId, SignalKind.Unsaved, null, ct);

    public Task<Outcome> DismissAsync(string userId, int seekerId, int candidateId, DismissalReason reason, CancellationToken ct = default) =>
        RecordAsync(userId, seekerId, candidateId, SignalKind.Dismissed, Enum.IsDefined(reason) ? reason : DismissalReason.Other, ct);

    /// <summary>Opening a recommended profile counts as "viewed" for the seeker the user is acting as.</summary>
    public Task<Outcome> ViewedAsync(string userId, int seekerId, int candidateId, CancellationToken ct = default) =>
        RecordAsync(userId, seekerId, candidateId, SignalKind.Viewed, null, ct);

    private async Task<Outcome> RecordAsync(string userId, int seekerId, int candidateId, SignalKind kind, DismissalReason? reason, CancellationToken ct)
    {
        if (seekerId == candidateId || !await db.Profiles.AnyAsync(p => p.Id == candidateId, ct))
        {
            return Outcome.NotFound("That profile does not exist.");
        }

        if (!await access.CanActForAsync(userId, seekerId, ct))
        {
            return NotTheirs;
        }

        db.InteractionSignals.Add(new InteractionSignal
        {
            SeekerProfileId = seekerId,
            CandidateProfileId = candidateId,
            Kind = kind,
            Reason = reason,
            UserId = userId,
            Source = "app",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    private async Task<Dictionary<int, int>> ExposureAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.ExposureWindowDays);
        return await db.InteractionSignals.AsNoTracking()
            .Where(s => s.Kind == SignalKind.Impression && s.CreatedAt >= since)
            .GroupBy(s => s.CandidateProfileId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }

    /// <summary>About twice the average recent exposure, and never below the default.</summary>
    private static int ExposureTarget(MatchWorld world, IReadOnlyDictionary<int, int> exposure) =>
        Math.Max(Recommender.DefaultExposureTarget, world.Profiles.Count == 0 ? 0 : 2 * exposure.Values.Sum() / world.Profiles.Count);

    private static HashSet<int> SavedFrom(IEnumerable<(int Candidate, SignalKind Kind)> ordered)
    {
        var saved = new HashSet<int>();
        foreach (var (candidate, kind) in ordered)
        {
            if (kind == SignalKind.Saved) saved.Add(candidate);
            if (kind == SignalKind.Unsaved) saved.Remove(candidate);
        }

        return saved;
    }

    private async Task<IReadOnlyList<RecommendationCard>> CardsAsync(IReadOnlyList<Recommendation> ranked, HashSet<int> saved, CancellationToken ct)
    {
        var cards = (await directory.CardsAsync(ranked.Select(r => r.CandidateId).ToList(), ct)).ToDictionary(c => c.Id);
        return ranked.Where(r => cards.ContainsKey(r.CandidateId))
            .Select(r => new RecommendationCard(cards[r.CandidateId], r.Match, r.Backward, r.Forward, r.Reasons, saved.Contains(r.CandidateId)))
            .ToList();
    }
}
