using Hub.Core.Data;
using Hub.Core.Introductions;
using Hub.Core.Jobs;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Hub.Matching.Features;
using Hub.Matching.Ranking;
using Microsoft.EntityFrameworkCore;

namespace Hub.Matching.Serving;

/// <summary>
/// Tells the people a newly created profile fits best: each new profile is scored against the profiles whose needs it
/// answers, and the members of the best matches get a "Recommendation" notification (subject to their preferences and
/// daily budget). The last announced profile id is the job's stored watermark, so no profile is announced twice, even
/// across restarts and instances.
/// </summary>
public sealed class NewProfileAnnouncementJob(
    HubDbContext db, WorldLoader worlds, RecommenderState state, ProfileAccess access, ProfileBlocking blocking, NotificationService notifications) : IPeriodicJob
{
    public const int MaxAnnouncements = 10;

    /// <summary>Below this a "match" is not worth interrupting anyone for.</summary>
    public const float MinimumMatch = 0.2f;

    public string Name => "recommendations.announce-new-profiles";

    public TimeSpan Interval => TimeSpan.FromMinutes(1);

    /// <summary>Announces profiles created since the watermark; the first run only sets the watermark to the newest profile.</summary>
    public async Task<string> RunAsync(JobRun run, CancellationToken ct)
    {
        var newest = await db.Profiles.MaxAsync(p => (int?)p.Id, ct) ?? 0;
        if (run.Watermark is not { } last)
        {
            run.Watermark = newest;
            return $"Announcements start after profile {newest}.";
        }

        var fresh = await db.Profiles.AsNoTracking().Where(p => p.Id > last && p.Id <= newest).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        if (fresh.Count == 0)
        {
            return "No new profiles.";
        }

        var world = await worlds.CurrentAsync(fresh: true, ct);
        var sent = 0;
        foreach (var profile in fresh)
        {
            var candidate = world.Find(profile.Id);
            if (candidate is null)
            {
                continue;
            }

            var scorer = state.Scorer;
            var blocked = await blocking.BlockedAroundAsync(candidate.Id, ct);
            var best = world.Profiles
                .Where(s => s.Id != candidate.Id && !blocked.Contains(s.Id) && CandidateKinds.NeedsOf(s.Kind, s.Seeks).Any(n => CandidateKinds.For(n, s.Kind).Contains(candidate.Kind)))
                .Select(s => (Seeker: s, Match: Reciprocal.Combine(scorer.Interest(PairFeatures.Compute(s, candidate)), scorer.Interest(PairFeatures.Compute(candidate, s)))))
                .Where(x => x.Match >= MinimumMatch)
                .OrderByDescending(x => x.Match).Take(MaxAnnouncements).ToList();
            var staged = new StagedNotifications();
            foreach (var (seeker, match) in best)
            {
                var members = await access.MembersAsync(seeker.Id, ct);
                await notifications.StageAsync(members, NotificationType.Recommendation, $"New on Hub: {profile.Name}",
                    $"A {match:P0} match for {seeker.Name}.", NotificationTarget.Profile(profile.Id, seeker.Id),
                    new { profileId = profile.Id, seekerId = seeker.Id, match }, staged, ct);
                sent += members.Count;
            }

            // Each profile's announcements are saved with the watermark moving past it, so a failure never repeats them.
            await db.SaveChangesAsync(ct);
            run.Watermark = profile.Id;
            await notifications.PushAsync(staged, ct);
        }

        run.Watermark = newest;
        return $"{fresh.Count} new profiles announced in {sent} notifications.";
    }
}
