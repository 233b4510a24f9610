using System.Net.Mail;
using Hub.Core.Audit;
using Hub.Core.Data;
using Hub.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Core.Profiles;

/// <summary>
/// Who manages a profile: invitations by e-mail that the invited person accepts or declines, leaving, removing and
/// changing roles. The rules (docs/security.md, "Membership and visibility"):
/// owners invite owners and editors, editors invite editors; only owners remove other people or change roles; anyone
/// may leave; a profile always keeps one owner. Platform admins may do what owners do, for moderation.
/// </summary>
public sealed class ProfileMembership(HubDbContext db, ProfileAccess access, AuditLog audit, NotificationService notifications, TimeProvider clock, IOptions<ProfileCreationRules> limits)
{
    /// <summary>Waiting invitations a profile may have at once; enough for a team, not for a mailing list.</summary>
    public const int MaxWaiting = 20;

    private const string Gone = "This invitation is no longer open.";

    /// <summary>
    /// What the inviter reads after every accepted invitation, whether or not the address has an account: the answer does
    /// not tell who is on Hub.
    /// </summary>
    public static string SentMessage(string email) => $"Invitation sent to {email}. They join when they accept.";

    public async Task<Outcome<long>> InviteAsync(string actorId, int profileId, string email, ProfileRole role, CancellationToken ct = default)
    {
        var profile = await db.Profiles.AsNoTracking().Where(p => p.Id == profileId).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(ct);
        if (profile is null)
        {
            return Outcome.NotFound("That profile does not exist.").As<long>();
        }

        var rights = await access.RightsAsync(actorId, profileId, ct);
        if (!rights.CanManageMembers)
        {
            return Outcome.Forbidden("Only the people who manage this profile can invite others to it.").As<long>();
        }

        if (role == ProfileRole.Owner && rights.Role != ProfileRole.Owner && !rights.IsAdmin)
        {
            return Outcome.Forbidden("Only owners can invite owners; invite them as an editor.").As<long>();
        }

        if (!Enum.IsDefined(role))
        {
            return Outcome.Invalid("Role", "Choose owner or editor.").As<long>();
        }

        var address = (email ?? "").Trim();
        if (address.Length is 0 or > 256 || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
        {
            return Outcome.Invalid("Email", "Enter an e-mail address such as name@example.org.").As<long>();
        }

        var normalised = address.ToUpperInvariant();
        // The members page lists every member's address already, so saying this reveals nothing new.
        if (await db.ProfileMembers.Where(m => m.ProfileId == profileId)
                .Join(db.Users, m => m.UserId, u => u.Id, (_, u) => u.NormalizedEmail).AnyAsync(e => e == normalised, ct))
        {
            return Outcome.Invalid("Email", "This person already manages the profile.").As<long>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var waiting = await db.ProfileInvitations.Where(i => i.ProfileId == profileId && i.Status == InvitationStatus.Pending).ToListAsync(ct);
        var earlier = waiting.FirstOrDefault(i => i.NormalizedEmail == normalised);
        if (earlier is not null && earlier.IsOpen(now))
        {
            return Outcome.Invalid("Email", $"An invitation to {address} is already waiting; withdraw it to send another.").As<long>();
        }

        if (waiting.Count(i => i.IsOpen(now)) >= MaxWaiting)
        {
            return Outcome.Invalid("Email", $"A profile can have {MaxWaiting} invitations waiting; withdraw some first.").As<long>();
        }

        // An expired invitation to the same address is renewed rather than kept beside a new one.
        var invitation = earlier ?? new ProfileInvitation { Email = address, NormalizedEmail = normalised, InvitedByUserId = actorId };
        invitation.Email = address;
        invitation.Role = role;
        invitation.InvitedByUserId = actorId;
        invitation.CreatedAt = now;
        invitation.ExpiresAt = now + ProfileInvitation.Lifetime;
        if (earlier is null)
        {
            invitation.ProfileId = profileId;
            db.ProfileInvitations.Add(invitation);
        }

        await audit.RecordByAsync(AuditAction.MemberInvited, actorId, Subject(profileId),
            $"Invited {address} as {Describe(role)} of {profile.Name}{AsAdmin(rights)}.", ct);
        var invitee = await ConfirmedAccountAsync(normalised, ct);
        var staged = invitee is null
            ? new StagedNotifications()
            : await notifications.StageAsync([invitee], NotificationType.ProfileInvitation, $"Invitation to manage {profile.Name}",
                $"You are invited as {Describe(role)}. Accept or decline it on your profiles page.", NotificationTarget.ProfileInvitations,
                new { profileId }, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another invitation to the address was saved between our check and this save (the unique index refused it).
            return Outcome.Invalid("Email", $"An invitation to {address} is already waiting; withdraw it to send another.").As<long>();
        }

        await notifications.PushAsync(staged, ct);
        return Outcome.Done(invitation.Id);
    }

    public async Task<Outcome> WithdrawAsync(string actorId, long invitationId, CancellationToken ct = default)
    {
        var invitation = await db.ProfileInvitations.AsNoTracking().Include(i => i.Profile).FirstOrDefaultAsync(i => i.Id == invitationId, ct);
        var rights = invitation is null ? ProfileRights.None : await access.RightsAsync(actorId, invitation.ProfileId, ct);
        if (invitation is null || !rights.CanManageMembers)
        {
            return Outcome.NotFound(Gone);
        }

        if (invitation.InvitedByUserId != actorId && rights.Role != ProfileRole.Owner && !rights.IsAdmin)
        {
            return Outcome.Forbidden("Only owners and the person who sent it can withdraw an invitation.");
        }

        return await CloseAsync(invitation, actorId, InvitationStatus.Withdrawn, () => audit.RecordByAsync(AuditAction.InvitationWithdrawn, actorId,
            Subject(invitation.ProfileId), $"Withdrew the invitation of {invitation.Email} to {invitation.Profile!.Name}{AsAdmin(rights)}.", ct), ct);
    }

    public async Task<Outcome> AcceptAsync(string userId, long invitationId, CancellationToken ct = default)
    {
        var (invitation, account) = await AddressedToAsync(userId, invitationId, ct);
        if (invitation is null || account is null)
        {
            return Outcome.NotFound(Gone);
        }

        var alreadyMember = await db.ProfileMembers.AnyAsync(m => m.ProfileId == invitation.ProfileId && m.UserId == userId, ct);
        // The cap on profiles one person manages holds however the profiles come: created or joined (admins exempt).
        var max = limits.Value.MaxManaged;
        if (!alreadyMember && !await access.IsAdminAsync(userId, ct) && await db.ProfileMembers.CountAsync(m => m.UserId == userId, ct) >= max)
        {
            return Outcome.Conflict($"You already manage {max} profiles, the most one person may. Leave one before you join {invitation.Profile!.Name}; the invitation waits until it expires.");
        }

        return await CloseAsync(invitation, userId, InvitationStatus.Accepted, async () =>
        {
            if (alreadyMember)
            {
                return;
            }

            db.ProfileMembers.Add(new ProfileMember { ProfileId = invitation.ProfileId, UserId = userId, Role = invitation.Role, JoinedAt = clock.GetUtcNow().UtcDateTime });
            await audit.RecordByAsync(AuditAction.MemberJoined, userId, Subject(invitation.ProfileId),
                $"{account} accepted the invitation and joined {invitation.Profile!.Name} as {Describe(invitation.Role)}.", ct);
        }, ct);
    }

    public async Task<Outcome> DeclineAsync(string userId, long invitationId, CancellationToken ct = default)
    {
        var (invitation, _) = await AddressedToAsync(userId, invitationId, ct);
        return invitation is null
            ? Outcome.NotFound(Gone)
            : await CloseAsync(invitation, userId, InvitationStatus.Declined, () => Task.CompletedTask, ct);
    }

    /// <summary>Removes someone else (owners and admins), or the actor themself (anyone but the last owner).</summary>
    public async Task<Outcome> RemoveAsync(string actorId, int profileId, string memberUserId, CancellationToken ct = default)
    {
        var (members, rights, name) = await MembersAsync(actorId, profileId, ct);
        if (members is null)
        {
            return Outcome.NotFound("That profile does not exist.");
        }

        var leaving = actorId == memberUserId;
        if (!leaving && rights.Role != ProfileRole.Owner && !rights.IsAdmin)
        {
            return Outcome.Forbidden(rights.IsMember
                ? "Only owners can remove other people from this profile."
                : "Only the people who manage this profile can change who manages it.");
        }

        var member = members.FirstOrDefault(m => m.UserId == memberUserId);
        if (member is null)
        {
            return Outcome.Invalid("Member", "This person does not manage the profile.");
        }

        if (IsLastOwner(members, member))
        {
            return Outcome.Invalid("Member", leaving
                ? "You are the last owner: make someone else an owner before you leave."
                : "A profile needs at least one owner.");
        }

        db.ProfileMembers.Remove(member);
        var who = await AccountNameAsync(memberUserId, ct);
        await audit.RecordByAsync(AuditAction.MemberRemoved, actorId, Subject(profileId),
            leaving ? $"{who} left {name}." : $"Removed {who} ({Describe(member.Role)}) from {name}{AsAdmin(rights)}.", ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    /// <summary>Makes a member an owner or an editor: owners and admins only, and never the last owner an editor.</summary>
    public async Task<Outcome> ChangeRoleAsync(string actorId, int profileId, string memberUserId, ProfileRole role, CancellationToken ct = default)
    {
        var (members, rights, name) = await MembersAsync(actorId, profileId, ct);
        if (members is null)
        {
            return Outcome.NotFound("That profile does not exist.");
        }

        if (rights.Role != ProfileRole.Owner && !rights.IsAdmin)
        {
            return Outcome.Forbidden("Only owners can change who is an owner or an editor.");
        }

        var member = members.FirstOrDefault(m => m.UserId == memberUserId);
        if (member is null || !Enum.IsDefined(role))
        {
            return Outcome.Invalid("Member", "This person does not manage the profile.");
        }

        if (member.Role == role)
        {
            return Outcome.Done();
        }

        if (role == ProfileRole.Editor && IsLastOwner(members, member))
        {
            return Outcome.Invalid("Member", "A profile needs at least one owner: make someone else an owner first.");
        }

        member.Role = role;
        var who = await AccountNameAsync(memberUserId, ct);
        await audit.RecordByAsync(role == ProfileRole.Owner ? AuditAction.RoleGranted : AuditAction.RoleRevoked, actorId, Subject(profileId),
            $"Made {who} {Describe(role)} of {name}{AsAdmin(rights)}.", ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    /// <summary>The people who manage the profile, for those who may manage its members.</summary>
    public async Task<Outcome<IReadOnlyList<ProfileMemberView>>> MembersOfAsync(string actorId, int profileId, CancellationToken ct = default)
    {
        if (!(await access.RightsAsync(actorId, profileId, ct)).CanManageMembers)
        {
            return Outcome.Forbidden("Only the people who manage this profile can see who manages it.").As<IReadOnlyList<ProfileMemberView>>();
        }

        var rows = await db.ProfileMembers.AsNoTracking().Where(m => m.ProfileId == profileId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new ProfileMemberView(m.UserId, u.DisplayName, u.Email ?? "", m.Role, m.JoinedAt))
            .ToListAsync(ct);
        return Outcome.Done<IReadOnlyList<ProfileMemberView>>(rows.OrderBy(r => r.Role).ThenBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>The profile's invitations still waiting for an answer, for those who may manage its members.</summary>
    public async Task<Outcome<IReadOnlyList<SentInvitation>>> WaitingOfAsync(string actorId, int profileId, CancellationToken ct = default)
    {
        if (!(await access.RightsAsync(actorId, profileId, ct)).CanManageMembers)
        {
            return Outcome.Forbidden("Only the people who manage this profile can see its invitations.").As<IReadOnlyList<SentInvitation>>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.ProfileInvitations.AsNoTracking()
            .Where(i => i.ProfileId == profileId && i.Status == InvitationStatus.Pending && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new SentInvitation(i.Id, i.Email, i.Role, db.Users.Where(u => u.Id == i.InvitedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "", i.ExpiresAt))
            .ToListAsync(ct);
        return Outcome.Done<IReadOnlyList<SentInvitation>>(rows);
    }

    /// <summary>
    /// The invitations waiting for the user: sent to their confirmed address (also before they registered), not expired,
    /// for profiles they do not manage yet.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedInvitation>> WaitingForAsync(string userId, CancellationToken ct = default)
    {
        var email = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.EmailConfirmed).Select(u => u.NormalizedEmail).FirstOrDefaultAsync(ct);
        if (string.IsNullOrEmpty(email))
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await db.ProfileInvitations.AsNoTracking()
            .Where(i => i.NormalizedEmail == email && i.Status == InvitationStatus.Pending && i.ExpiresAt > now)
            .Where(i => !db.ProfileMembers.Any(m => m.ProfileId == i.ProfileId && m.UserId == userId))
            .OrderBy(i => i.CreatedAt)
            .Select(i => new ReceivedInvitation(i.Id, i.ProfileId, i.Profile!.Name, i.Profile.Kind, i.Role,
                db.Users.Where(u => u.Id == i.InvitedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "", i.ExpiresAt))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Moves a waiting invitation to its final state with one conditional update, so of an accept and a withdraw racing
    /// exactly one wins; <paramref name="alongside"/> adds what goes with it to the same transaction.
    /// </summary>
    private async Task<Outcome> CloseAsync(ProfileInvitation invitation, string actorId, InvitationStatus status, Func<Task> alongside, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var closed = await db.ProfileInvitations
            .Where(i => i.Id == invitation.Id && i.Status == InvitationStatus.Pending && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, status).SetProperty(i => i.ClosedAt, now).SetProperty(i => i.ClosedByUserId, actorId), ct);
        if (closed == 0)
        {
            return Outcome.NotFound(Gone);
        }

        await alongside();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome.Done();
    }

    /// <summary>The waiting invitation when it is addressed to the user's confirmed e-mail, with how to name the user.</summary>
    private async Task<(ProfileInvitation?, string?)> AddressedToAsync(string userId, long invitationId, CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.EmailConfirmed)
            .Select(u => new { u.NormalizedEmail, u.DisplayName, u.Email }).FirstOrDefaultAsync(ct);
        if (account?.NormalizedEmail is null)
        {
            return (null, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.ProfileInvitations.AsNoTracking().Include(i => i.Profile)
            .FirstOrDefaultAsync(i => i.Id == invitationId && i.NormalizedEmail == account.NormalizedEmail, ct);
        return invitation is not null && invitation.IsOpen(now) ? (invitation, $"{account.DisplayName} <{account.Email}>") : (null, null);
    }

    private async Task<(List<ProfileMember>?, ProfileRights, string)> MembersAsync(string actorId, int profileId, CancellationToken ct)
    {
        var name = await db.Profiles.Where(p => p.Id == profileId).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var rights = await access.RightsAsync(actorId, profileId, ct);
        if (name is null || !(rights.CanManageMembers))
        {
            return (null, rights, "");
        }

        return (await db.ProfileMembers.Where(m => m.ProfileId == profileId).ToListAsync(ct), rights, name);
    }

    private Task<string?> ConfirmedAccountAsync(string normalisedEmail, CancellationToken ct) =>
        db.Users.Where(u => u.NormalizedEmail == normalisedEmail && u.EmailConfirmed).Select(u => u.Id).FirstOrDefaultAsync(ct);

    private async Task<string> AccountNameAsync(string userId, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName + " <" + u.Email + ">").FirstOrDefaultAsync(ct) ?? "(unknown account)";

    private static bool IsLastOwner(List<ProfileMember> members, ProfileMember member) =>
        member.Role == ProfileRole.Owner && members.Count(m => m.Role == ProfileRole.Owner) == 1;

    private static string Subject(int profileId) => $"profile:{profileId}";

    private static string AsAdmin(ProfileRights rights) => rights.IsAdmin && !rights.IsMember ? " (as platform admin)" : "";

    /// <summary>The role in a sentence: "owner" or "editor".</summary>
    public static string Describe(ProfileRole role) => role == ProfileRole.Owner ? "owner" : "editor";
}
