using Hub.Core.Audit;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Core.Recommendations;

/// <summary>
/// "Use my activity to personalise recommendations", per account. Withdrawn, the person's lists use the transparent
/// content score, and their signals are left out of training (and so of everyone else's ranking).
/// </summary>
public sealed class PersonalisationConsents(HubDbContext db, AuditLog audit, IOptions<RecommendationSignalOptions> options, TimeProvider clock)
{
    public async Task<bool> IsGivenAsync(string userId, CancellationToken ct = default) =>
        await db.PersonalisationConsents.Where(c => c.UserId == userId).Select(c => (bool?)c.Personalise).FirstOrDefaultAsync(ct)
        ?? options.Value.PersonaliseByDefault;

    /// <summary>Records the choice; a change is written to the audit log with it.</summary>
    public async Task<Outcome> SetAsync(string userId, bool personalise, CancellationToken ct = default)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return Outcome.NotFound("That account does not exist.");
        }

        var row = await db.PersonalisationConsents.FirstOrDefaultAsync(c => c.UserId == userId, ct);
        var before = row?.Personalise ?? options.Value.PersonaliseByDefault;
        if (row is null)
        {
            row = new PersonalisationConsent { UserId = userId };
            db.PersonalisationConsents.Add(row);
        }

        row.Personalise = personalise;
        row.ChangedAt = clock.GetUtcNow().UtcDateTime;
        if (before != personalise)
        {
            await audit.RecordByAsync(AuditAction.ConsentChanged, userId, "Personalised recommendations",
                personalise ? "Gave consent to use their activity for personalised ranking." : "Withdrew consent to use their activity for personalised ranking.", ct);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    /// <summary>The accounts whose activity must not be used: withdrawn, or never given when the default is off.</summary>
    public IQueryable<string> Withdrawn() => options.Value.PersonaliseByDefault
        ? db.PersonalisationConsents.Where(c => !c.Personalise).Select(c => c.UserId)
        : db.Users.Where(u => !db.PersonalisationConsents.Any(c => c.UserId == u.Id && c.Personalise)).Select(u => u.Id);
}
