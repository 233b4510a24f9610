using Hub.Core.Data;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Hub.Matching.Features;
using Hub.Matching.Ranking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Matching.Serving;

/// <summary>
/// Tells the people a newly created profile fits best: every minute, each new profile is scored against the profiles whose
/// needs it answers, and the members of the best matches get a "Recommendation" notification (subject to their
/// preferences and daily budget).
/// </summary>
public sealed class NewProfileAnnouncer(IServiceScopeFactory scopes, WorldLoader worlds, RecommenderState state, ILogger<NewProfileAnnouncer> logger) : BackgroundService
{
    public const int MaxAnnouncements = 10;
    /// <summary>Below this a "match" is not worth interrupting anyone for.</summary>
    public const float MinimumMatch = 0.2f;

    private int _lastAnnounced = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        do
        {
            try
            {
                await AnnounceNewAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Announcing new profiles failed; will try again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Announces profiles created since the last run (the first run only remembers where it starts). Returns notifications sent.</summary>
    public async Task<int> AnnounceNewAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var newest = await db.Profiles.MaxAsync(p => (int?)p.Id, ct) ?? 0;
        if (_lastAnnounced < 0)
        {
            _lastAnnounced = newest;
            return 0;
        }

        var fresh = await db.Profiles.AsNoTracking().Where(p => p.Id > _lastAnnounced).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        _lastAnnounced = newest;
        if (fresh.Count == 0)
        {
            return 0;
        }

        var world = await worlds.CurrentAsync(fresh: true, ct);
        var notifications = scope.ServiceProvider.GetRequiredService<NotificationService>();
        var sent = 0;
        foreach (var profile in fresh)
        {
            var candidate = world.Find(profile.Id);
            if (candidate is null)
            {
                continue;
            }

            var scorer = state.Scorer;
            var best = world.Profiles
                .Where(s => s.Id != candidate.Id && CandidateKinds.NeedsOf(s.Kind, s.Seeks).Any(n => CandidateKinds.For(n, s.Kind).Contains(candidate.Kind)))
                .Select(s => (Seeker: s, Match: Reciprocal.Combine(scorer.Interest(PairFeatures.Compute(s, candidate)), scorer.Interest(PairFeatures.Compute(candidate, s)))))
                .Where(x => x.Match >= MinimumMatch)
                .OrderByDescending(x => x.Match).Take(MaxAnnouncements).ToList();
            foreach (var (seeker, match) in best)
            {
                var members = await db.MemberIdsAsync(seeker.Id, ct);
                await notifications.NotifyAsync(members, NotificationType.Recommendation, $"New on Hub: {profile.Name}",
                    $"A {match:P0} match for {seeker.Name}.", $"/profiles/{profile.Id}?from={seeker.Id}",
                    new { profileId = profile.Id, seekerId = seeker.Id, match }, ct);
                sent += members.Count;
            }
        }

        return sent;
    }
}
