using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Accounts;

/// <summary>
/// "Download my data": everything Hub holds about one person, as JSON they can read. What they wrote and what was
/// recorded about them is included; other people appear only by the name of the profile they act for, and secrets
/// (password hash, security stamp, tokens) never leave the server.
/// </summary>
public sealed class PersonalData(HubDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The user's data as indented JSON, or null when there is no such account.</summary>
    public async Task<string?> ExportAsync(string userId, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(ct);
        var memberships = await db.ProfileMembers.AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.Profiles, m => m.ProfileId, p => p.Id, (m, p) => new
            {
                p.Id, p.Kind, p.Name, p.Headline, p.Description, p.Country, p.City, p.Website, m.Role, m.JoinedAt,
            }).ToListAsync(ct);
        var names = await db.Profiles.AsNoTracking().Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        string Name(int id) => names.GetValueOrDefault(id, "(deleted profile)");

        var introductions = (await db.Introductions.AsNoTracking().Where(i => i.SenderUserId == userId || i.AnsweredByUserId == userId).OrderBy(i => i.Id).ToListAsync(ct))
            .Select(i => new
            {
                i.Id, From = Name(i.FromProfileId), To = Name(i.ToProfileId), YouSentIt = i.SenderUserId == userId, YouAnsweredIt = i.AnsweredByUserId == userId,
                i.Note, i.Status, i.DeclineReason, i.CreatedAt, i.AnsweredAt,
            });
        var messages = (await db.Messages.AsNoTracking().Where(m => m.SenderUserId == userId).OrderBy(m => m.Id).ToListAsync(ct))
            .Select(m => new { m.Id, m.ConversationId, AsProfile = Name(m.SenderProfileId), m.Body, m.SentAt });
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id)
            .Select(n => new { n.Id, n.Type, n.Title, n.Body, n.CreatedAt, n.ReadAt }).ToListAsync(ct);
        var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId).Select(p => new { p.Type, p.Delivery }).ToListAsync(ct);
        var signals = (await db.InteractionSignals.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Id).ToListAsync(ct))
            .Select(s => new { s.Kind, As = Name(s.SeekerProfileId), About = Name(s.CandidateProfileId), s.Reason, s.CreatedAt });
        var registrations = await db.EventRegistrations.AsNoTracking().Where(r => r.RegisteredByUserId == userId)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { Event = e.Title, r.ProfileId, r.Status, r.Goal, r.CreatedAt, r.CheckedInAt })
            .ToListAsync(ct);
        var meetingRequests = await db.MeetingRequests.AsNoTracking().Where(r => r.SenderUserId == userId)
            .Select(r => new { r.EventId, r.Note, r.Status, r.CreatedAt, r.AnsweredAt }).ToListAsync(ct);
        var organised = await db.EventOrganisers.AsNoTracking().Where(o => o.UserId == userId).Join(db.Events, o => o.EventId, e => e.Id, (_, e) => e.Title).ToListAsync(ct);
        var applications = await db.ComputeApplications.AsNoTracking().Where(a => a.SubmittedByUserId == userId || a.DecidedByUserId == userId)
            .Select(a => new
            {
                a.Id, Offer = a.Offer!.Title, a.ProfileId, YouSubmittedIt = a.SubmittedByUserId == userId, YouDecidedIt = a.DecidedByUserId == userId,
                a.Objective, a.DataDescription, a.TeamExperience, a.HoursPerMonth, a.FirstMonth, a.LastMonth, a.RiskClass, a.Status, a.DecisionNote, a.SubmittedAt,
            }).ToListAsync(ct);
        var settings = await db.NotificationSettings.AsNoTracking().Where(x => x.UserId == userId)
            .Select(x => new { x.QuietFrom, x.QuietTo, x.TimeZone, x.RecommendationBudgetPerDay, ShareEmailWhenIntroduced = x.ShareEmailOnAcceptance })
            .FirstOrDefaultAsync(ct);
        var consent = await db.PersonalisationConsents.AsNoTracking().Where(x => x.UserId == userId)
            .Select(x => new { PersonaliseRecommendations = x.Personalise, x.ChangedAt }).FirstOrDefaultAsync(ct);
        var invitations = (await db.ProfileInvitations.AsNoTracking()
                .Where(i => i.NormalizedEmail == user.NormalizedEmail || i.InvitedByUserId == userId).OrderBy(i => i.Id).ToListAsync(ct))
            .Select(i => new { Profile = Name(i.ProfileId), i.Email, YouSentIt = i.InvitedByUserId == userId, i.Role, i.Status, i.CreatedAt, i.ExpiresAt, i.ClosedAt });
        var managed = memberships.Select(m => m.Id).ToList();
        var blocks = (await db.ProfileBlocks.AsNoTracking().Where(b => managed.Contains(b.BlockerProfileId)).ToListAsync(ct))
            .Select(b => new { By = Name(b.BlockerProfileId), Blocked = Name(b.BlockedProfileId), b.CreatedAt });
        var reviews = await db.ComputeReviews.AsNoTracking().Where(r => r.ReviewerUserId == userId).Select(r => new { r.ApplicationId, r.Score, r.Comment, r.At }).ToListAsync(ct);

        var export = new
        {
            ExportedAt = clock.GetUtcNow().UtcDateTime,
            Account = new { user.Email, user.EmailConfirmed, user.DisplayName, user.CreatedAt, Roles = roles, user.LockoutEnd },
            Profiles = memberships,
            Introductions = introductions,
            Messages = messages,
            Notifications = notifications,
            NotificationPreferences = preferences,
            RecommendationSignals = signals,
            EventRegistrations = registrations.Select(r => new { r.Event, Profile = Name(r.ProfileId), r.Status, r.Goal, r.CreatedAt, r.CheckedInAt }),
            MeetingRequests = meetingRequests,
            EventsOrganised = organised,
            ComputeApplications = applications.Select(a => new
            {
                a.Id, a.Offer, Profile = Name(a.ProfileId), a.YouSubmittedIt, a.YouDecidedIt, a.Objective, a.DataDescription, a.TeamExperience,
                a.HoursPerMonth, a.FirstMonth, a.LastMonth, a.RiskClass, a.Status, a.DecisionNote, a.SubmittedAt,
            }),
            ComputeReviews = reviews,
            Settings = settings,
            Personalisation = consent,
            ProfileInvitations = invitations,
            BlocksByYourProfiles = blocks,
        };
        return JsonSerializer.Serialize(export, Json);
    }
}
