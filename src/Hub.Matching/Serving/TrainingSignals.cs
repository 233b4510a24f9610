using System.Runtime.CompilerServices;
using Hub.Core.Data;
using Hub.Core.Recommendations;
using Hub.Matching.Learning;
using Microsoft.EntityFrameworkCore;

namespace Hub.Matching.Serving;

/// <summary>
/// The signals the recommender learns from, streamed from the database rather than loaded whole (training keeps one
/// label per pair, never every signal): the raw signals, then the daily counts that old impressions and views were
/// folded into. Signals of people who withdrew consent to personalisation are left out: those
/// they made, and those of the profiles they manage.
/// </summary>
public sealed class TrainingSignals(HubDbContext db, PersonalisationConsents consents)
{
    public async IAsyncEnumerable<LabelSignal> ReadAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var withdrawn = consents.Withdrawn();
        var withdrawnProfiles = db.ProfileMembers.Where(m => withdrawn.Contains(m.UserId)).Select(m => m.ProfileId);
        var raw = db.InteractionSignals.AsNoTracking()
            .Where(s => s.Kind != SignalKind.Unsaved && !withdrawnProfiles.Contains(s.SeekerProfileId) && (s.UserId == null || !withdrawn.Contains(s.UserId)))
            .Select(s => new { s.SeekerProfileId, s.CandidateProfileId, s.Kind })
            .AsAsyncEnumerable();
        await foreach (var s in raw.WithCancellation(ct))
        {
            yield return new LabelSignal(s.SeekerProfileId, s.CandidateProfileId, s.Kind);
        }

        // Old impressions and views live on as daily counts; a label needs only that the pair had one.
        var folded = db.DailySignalCounts.AsNoTracking()
            .Where(c => !withdrawnProfiles.Contains(c.SeekerProfileId))
            .Select(c => new { c.SeekerProfileId, c.CandidateProfileId, c.Kind })
            .AsAsyncEnumerable();
        await foreach (var c in folded.WithCancellation(ct))
        {
            yield return new LabelSignal(c.SeekerProfileId, c.CandidateProfileId, c.Kind);
        }
    }
}
