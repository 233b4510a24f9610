using Hub.Core.Accounts;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Events;

/// <summary>
/// Who may do what with an event: its organisers manage it; a participant acts through a registration of a profile
/// they are a member of (the one profile rule). Organisers see registrations and schedules, never conversations.
/// </summary>
public sealed class EventAccess(HubDbContext db, ProfileAccess profiles)
{
    private static readonly string[] CreatorRoles = [HubRoles.Organiser.ToUpperInvariant(), HubRoles.Admin.ToUpperInvariant()];

    public Task<bool> IsOrganiserAsync(string? userId, int eventId, CancellationToken ct = default) =>
        string.IsNullOrEmpty(userId)
            ? Task.FromResult(false)
            : db.EventOrganisers.AnyAsync(o => o.EventId == eventId && o.UserId == userId, ct);

    /// <summary>Organisers (and admins) may create events.</summary>
    public Task<bool> CanCreateAsync(string? userId, CancellationToken ct = default) =>
        string.IsNullOrEmpty(userId)
            ? Task.FromResult(false)
            : db.UserRoles.Where(r => r.UserId == userId)
                .Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.NormalizedName)
                .AnyAsync(n => CreatorRoles.Contains(n), ct);

    /// <summary>The registration when the user acts for its profile; null otherwise.</summary>
    public async Task<EventRegistration?> OwnRegistrationAsync(string? userId, int registrationId, CancellationToken ct = default)
    {
        var registration = await db.EventRegistrations.FirstOrDefaultAsync(r => r.Id == registrationId, ct);
        return registration is not null && await profiles.CanActForAsync(userId, registration.ProfileId, ct) ? registration : null;
    }

    /// <summary>The user's registrations in the event (one per profile they act for).</summary>
    public async Task<List<EventRegistration>> RegistrationsOfAsync(string? userId, int eventId, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return [];
        }

        var mine = await profiles.ProfilesOfAsync(userId, ct);
        return await db.EventRegistrations.Where(r => r.EventId == eventId && mine.Contains(r.ProfileId)).OrderBy(r => r.Id).ToListAsync(ct);
    }

    public Task<List<string>> OrganisersAsync(int eventId, CancellationToken ct = default) =>
        db.EventOrganisers.Where(o => o.EventId == eventId).Select(o => o.UserId).ToListAsync(ct);

    /// <summary>The accounts that act for the registrations' profiles.</summary>
    public async Task<List<string>> PeopleAsync(IReadOnlyCollection<int> registrationIds, CancellationToken ct = default)
    {
        var profileIds = await db.EventRegistrations.Where(r => registrationIds.Contains(r.Id)).Select(r => r.ProfileId).ToListAsync(ct);
        return await profiles.MembersAsync(profileIds, ct);
    }
}
