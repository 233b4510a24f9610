using System.Text.Json;
using Hub.Core.Audit;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Accounts;

/// <summary>
/// "Delete my account". The account, its memberships, roles, sessions, notifications, preferences, read marks and
/// recommendation signals go; what the person said to others (messages, introductions, answers, reviews, registrations
/// and requests made for a profile) stays with the other side, written by a "Former member" who cannot be traced back.
/// Refused while the person is the only owner of a profile, so no profile is left without anyone to answer for it.
/// </summary>
public sealed class AccountDeletion(HubDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>How Hub names the author of what a deleted account wrote.</summary>
    public const string FormerMemberName = "Former member";

    /// <summary>The prefix of the stand-in user id written where a deleted account's id was.</summary>
    public const string FormerMemberPrefix = "former:";

    /// <summary>Whether a user id is the stand-in for a deleted account.</summary>
    public static bool IsFormerMember(string? userId) => userId?.StartsWith(FormerMemberPrefix, StringComparison.Ordinal) == true;

    /// <summary>The profiles this account is the only owner of: it cannot be deleted while there are any.</summary>
    public async Task<IReadOnlyList<string>> SoleOwnedProfilesAsync(string userId, CancellationToken ct = default) =>
        await db.ProfileMembers.AsNoTracking()
            .Where(m => m.UserId == userId && m.Role == ProfileRole.Owner)
            .Where(m => !db.ProfileMembers.Any(o => o.ProfileId == m.ProfileId && o.UserId != userId && o.Role == ProfileRole.Owner))
            .Join(db.Profiles, m => m.ProfileId, p => p.Id, (_, p) => p.Name)
            .OrderBy(n => n)
            .ToListAsync(ct);

    /// <summary>
    /// Events that have not ended and that this account alone organises: participants would be left with nobody to
    /// publish, move or answer, so these block the deletion too until another organiser is added.
    /// </summary>
    public async Task<IReadOnlyList<string>> SoleOrganisedEventsAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.EventOrganisers.AsNoTracking()
            .Where(o => o.UserId == userId)
            .Where(o => !db.EventOrganisers.Any(x => x.EventId == o.EventId && x.UserId != userId))
            .Where(o => db.EventSessions.Any(s => s.EventId == o.EventId && s.EndsAt > now))
            .Join(db.Events, o => o.EventId, e => e.Id, (_, e) => e.Title)
            .OrderBy(t => t)
            .ToListAsync(ct);
    }

    /// <summary>Deletes the account in one transaction with its audit entry; the caller has checked the password.</summary>
    public async Task<Outcome> DeleteAsync(string userId, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return Outcome.NotFound("This account no longer exists.");
        }

        var soleOwned = await SoleOwnedProfilesAsync(userId, ct);
        if (soleOwned.Count > 0)
        {
            return Outcome.Conflict($"You are the only owner of {string.Join(", ", soleOwned)}. Make another member an owner first, then delete your account.");
        }

        var soleOrganised = await SoleOrganisedEventsAsync(userId, ct);
        if (soleOrganised.Count > 0)
        {
            return Outcome.Conflict($"You are the only organiser of {string.Join(", ", soleOrganised)}. Add another organiser first, then delete your account.");
        }

        // One random stand-in per deleted account: what they wrote stays together, and nothing leads back to them.
        var former = FormerMemberPrefix + Guid.NewGuid().ToString("N");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        await db.Messages.Where(m => m.SenderUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(m => m.SenderUserId, former), ct);
        await db.Introductions.Where(i => i.SenderUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(i => i.SenderUserId, former), ct);
        await db.Introductions.Where(i => i.AnsweredByUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(i => i.AnsweredByUserId, former), ct);
        await db.EventRegistrations.Where(r => r.RegisteredByUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(r => r.RegisteredByUserId, former), ct);
        await db.MeetingRequests.Where(r => r.SenderUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(r => r.SenderUserId, former), ct);
        await db.ComputeApplications.Where(a => a.SubmittedByUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(a => a.SubmittedByUserId, former), ct);
        await db.ComputeApplications.Where(a => a.DecidedByUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(a => a.DecidedByUserId, former), ct);
        await db.ComputeReviews.Where(r => r.ReviewerUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ReviewerUserId, former), ct);
        await db.Profiles.Where(p => p.CreatedByUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedByUserId, former), ct);
        await db.SignalImports.Where(i => i.ImportedByUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(i => i.ImportedByUserId, former), ct);
        // Invitations to the person's address go (they name them); invitations they sent or answered keep a stand-in.
        await db.ProfileInvitations.Where(i => i.NormalizedEmail == user.NormalizedEmail).ExecuteDeleteAsync(ct);
        await db.ProfileInvitations.Where(i => i.InvitedByUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(i => i.InvitedByUserId, former), ct);
        await db.ProfileInvitations.Where(i => i.ClosedByUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(i => i.ClosedByUserId, former), ct);

        await db.ConversationReads.Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
        await db.NotificationPreferences.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.NotificationSettings.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.InteractionSignals.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
        await db.EventOrganisers.Where(o => o.UserId == userId).ExecuteDeleteAsync(ct);
        await db.ProfileMembers.Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
        await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
        await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(ct);
        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);
        await db.PendingSignIns.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await ForgetSharedContactAsync(user.Email, ct);
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(ct);

        // Named by id only: the log is append-only, so it must not keep the address the person asked Hub to forget.
        audit.Record(AuditAction.AccountDeleted, userId, "The account's owner", $"Account {userId}",
            "Deleted by its owner: memberships, sessions, notifications and preferences removed; messages and answers kept as a former member.");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome.Done();
    }

    /// <summary>Conversations opened by an accepted introduction keep the contacts shared then; this person's goes.</summary>
    private async Task ForgetSharedContactAsync(string? email, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(email))
        {
            return;
        }

        // Stored as JSON, where an address with '+' or non-ASCII letters is escaped.
        var escaped = JsonSerializer.Serialize(email).Trim('"');
        var conversations = await db.Conversations.Where(c => c.SharedContactsJson.Contains(email) || c.SharedContactsJson.Contains(escaped)).ToListAsync(ct);
        foreach (var conversation in conversations)
        {
            var contacts = JsonSerializer.Deserialize<Dictionary<string, JsonElement?>>(conversation.SharedContactsJson) ?? [];
            foreach (var (key, contact) in contacts.ToList())
            {
                if (contact is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("Email", out var address) &&
                    string.Equals(address.GetString(), email, StringComparison.OrdinalIgnoreCase))
                {
                    contacts[key] = null;
                }
            }

            conversation.SharedContactsJson = JsonSerializer.Serialize(contacts);
        }
    }
}
