using System.Text.Json;
using Hub.Core.Conversations;
using Hub.Core.Data;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Core.Introductions;

/// <summary>
/// Introductions between profiles: send, accept (opens a conversation), decline, withdraw, expire. Each change is saved
/// together with its signal and notifications, then pushed.
/// </summary>
public sealed class IntroductionService(
    HubDbContext db,
    ProfileAccess access,
    ProfileBlocking blocking,
    ConversationService conversations,
    NotificationService notifications,
    NotificationPreferences preferences,
    IOptions<IntroductionRules> rules,
    TimeProvider clock,
    MatchingInputChanges? changes = null)
{
    /// <summary>Sends an introduction with reasons that read the same from both sides (or none); the value is its id.</summary>
    public Task<Outcome<long>> SendAsync(string userId, int fromProfileId, int toProfileId, string note, IReadOnlyList<string> explanation, CancellationToken ct = default) =>
        SendAsync(userId, fromProfileId, toProfileId, note, new IntroductionReasons(explanation, explanation), ct);

    /// <summary>Sends an introduction with the match's reasons worded for each side; the value is its id.</summary>
    public async Task<Outcome<long>> SendAsync(string userId, int fromProfileId, int toProfileId, string note, IntroductionReasons reasons, CancellationToken ct = default)
    {
        note = (note ?? "").Trim();
        if (note.Length is < IntroductionRules.MinNote or > IntroductionRules.MaxNote)
        {
            return Outcome.Invalid(nameof(Introduction.Note), $"Write a note of {IntroductionRules.MinNote} to {IntroductionRules.MaxNote} characters: say who you are and why you want to meet.");
        }

        if (!SafeText.IsSafeText(note))
        {
            return Outcome.Invalid(nameof(Introduction.Note), SafeText.Refusal("The note"));
        }

        if (fromProfileId == toProfileId || !await db.Profiles.AnyAsync(p => p.Id == toProfileId, ct))
        {
            return Outcome.NotFound("That profile does not exist.");
        }

        if (!await access.CanActForAsync(userId, fromProfileId, ct))
        {
            return Outcome.Forbidden("You can only send introductions from a profile you manage.");
        }

        if (await blocking.EitherBlockedAsync(fromProfileId, toProfileId, ct))
        {
            return Outcome.Conflict("Introductions between these two profiles are blocked.");
        }

        if (await db.Introductions.AnyAsync(i => i.Status == IntroductionStatus.Pending &&
                ((i.FromProfileId == fromProfileId && i.ToProfileId == toProfileId) || (i.FromProfileId == toProfileId && i.ToProfileId == fromProfileId)), ct))
        {
            return Outcome.Conflict("An introduction between these two profiles is already waiting for an answer.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var limits = rules.Value;
        if (await db.Introductions.CountAsync(i => i.FromProfileId == fromProfileId && i.Status == IntroductionStatus.Pending, ct) >= limits.MaxPendingPerSender)
        {
            return Outcome.Conflict($"You have {limits.MaxPendingPerSender} introductions waiting for an answer. Withdraw one or wait for replies before sending more.");
        }

        var dayAgo = now.AddDays(-1);
        if (await db.Introductions.CountAsync(i => i.FromProfileId == fromProfileId && i.CreatedAt >= dayAgo, ct) >= limits.MaxPerDay)
        {
            return Outcome.Conflict($"You can send {limits.MaxPerDay} introductions a day. Try again tomorrow.");
        }

        // The same caps per account, over every profile the sender manages and anything they sent from one they left:
        // creating another profile does not buy more introductions.
        var ownProfiles = await access.ProfilesOfAsync(userId, ct);
        var byAccount = db.Introductions.Where(i => i.SenderUserId == userId || ownProfiles.Contains(i.FromProfileId));
        if (await byAccount.CountAsync(i => i.Status == IntroductionStatus.Pending, ct) >= limits.MaxPendingPerAccount)
        {
            return Outcome.Conflict($"Your profiles together have {limits.MaxPendingPerAccount} introductions waiting for an answer, the most one person may have. Withdraw one or wait for replies before sending more.");
        }

        if (await byAccount.CountAsync(i => i.CreatedAt >= dayAgo, ct) >= limits.MaxPerDayPerAccount)
        {
            return Outcome.Conflict($"You can send {limits.MaxPerDayPerAccount} introductions a day across all the profiles you manage. Try again tomorrow.");
        }

        var introduction = new Introduction
        {
            FromProfileId = fromProfileId,
            ToProfileId = toProfileId,
            SenderUserId = userId,
            Note = note,
            ExplanationJson = reasons.ToJson(),
            CreatedAt = now,
            ExpiresAt = now.AddDays(limits.ExpiryDays),
        };
        var recipientMembers = await access.MembersAsync(toProfileId, ct);
        var senderName = await NameAsync(fromProfileId, ct);
        StagedNotifications staged;
        // The introduction and its notifications are stored together or not at all.
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Introductions.Add(introduction);
            db.InteractionSignals.Add(Signal(fromProfileId, toProfileId, SignalKind.IntroductionRequested, userId, now));
            await db.SaveChangesAsync(ct);
            staged = await notifications.StageAsync(recipientMembers, NotificationType.IntroductionReceived,
                $"{senderName} would like to meet you", Shorten(note), NotificationTarget.Introduction(introduction.Id),
                new { introductionId = introduction.Id, fromProfileId, toProfileId }, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        await (changes?.RecordAsync(db, ct) ?? Task.CompletedTask);
        await notifications.PushAsync(staged, ct);
        return Outcome.Done(introduction.Id);
    }

    /// <summary>Accepts an introduction and opens its conversation; the value is the conversation's id.</summary>
    public async Task<Outcome<long>> AcceptAsync(string userId, long introductionId, CancellationToken ct = default)
    {
        var (introduction, error) = await PendingForRecipientAsync(userId, introductionId, ct);
        if (introduction is null)
        {
            return error!.As<long>();
        }

        if (await blocking.EitherBlockedAsync(introduction.ToProfileId, introduction.FromProfileId, ct))
        {
            return Outcome.Conflict("Introductions between these two profiles are blocked.").As<long>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var people = new[] { introduction.SenderUserId, userId };
        var sharing = await preferences.SharingEmailAsync(people, ct);
        var users = await db.Users.AsNoTracking().Where(u => sharing.Contains(u.Id)).ToListAsync(ct);
        var senderMembers = await access.MembersAsync(introduction.FromProfileId, ct);
        var recipientName = await NameAsync(introduction.ToProfileId, ct);
        long conversationId = 0;
        var (outcome, staged) = await AnswerAsync(introduction, IntroductionStatus.Accepted, userId, null, now, beforeExpiry: true, async () =>
        {
            var conversation = conversations.Open(introduction.FromProfileId, users.FirstOrDefault(u => u.Id == introduction.SenderUserId),
                introduction.ToProfileId, users.FirstOrDefault(u => u.Id == userId), introduction.Id, now);
            await db.SaveChangesAsync(ct);
            conversationId = conversation.Id;
            await db.Introductions.Where(i => i.Id == introductionId).ExecuteUpdateAsync(u => u.SetProperty(i => i.ConversationId, conversationId), ct);
            db.InteractionSignals.Add(Signal(introduction.FromProfileId, introduction.ToProfileId, SignalKind.IntroductionAccepted, userId, now));
            return await notifications.StageAsync(senderMembers, NotificationType.IntroductionAccepted,
                $"{recipientName} accepted your introduction", "You can now talk in the conversation.",
                NotificationTarget.Conversation(conversationId), new { introductionId, conversationId }, ct);
        }, ct);
        return outcome.Succeeded ? Outcome.Done(conversationId) : outcome.As<long>();
    }

    public async Task<Outcome> DeclineAsync(string userId, long introductionId, string? reason, CancellationToken ct = default)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > IntroductionRules.MaxDeclineReason })
        {
            return Outcome.Invalid(nameof(Introduction.DeclineReason), $"Keep the reason under {IntroductionRules.MaxDeclineReason} characters.");
        }

        if (!SafeText.IsSafeText(reason))
        {
            return Outcome.Invalid(nameof(Introduction.DeclineReason), SafeText.Refusal("The reason"));
        }

        var (introduction, error) = await PendingForRecipientAsync(userId, introductionId, ct);
        if (introduction is null)
        {
            return error!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var senderMembers = await access.MembersAsync(introduction.FromProfileId, ct);
        var recipientName = await NameAsync(introduction.ToProfileId, ct);
        var (outcome, _) = await AnswerAsync(introduction, IntroductionStatus.Declined, userId, reason, now, beforeExpiry: true, () =>
        {
            // The decline teaches the recommender about the sender's choice, seen from the recipient's side.
            db.InteractionSignals.Add(Signal(introduction.FromProfileId, introduction.ToProfileId, SignalKind.IntroductionDeclined, userId, now));
            return notifications.StageAsync(senderMembers, NotificationType.IntroductionDeclined,
                $"{recipientName} declined your introduction", reason ?? "No reason given.",
                NotificationTarget.Introduction(introduction.Id), new { introductionId }, ct);
        }, ct);
        return outcome;
    }

    public async Task<Outcome> WithdrawAsync(string userId, long introductionId, CancellationToken ct = default)
    {
        var introduction = await db.Introductions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == introductionId, ct);
        if (introduction is null)
        {
            return Outcome.NotFound("That introduction does not exist.");
        }

        if (!await access.CanActForAsync(userId, introduction.FromProfileId, ct))
        {
            return Outcome.Forbidden("Only the sender's profile can withdraw this introduction.");
        }

        if (introduction.Status != IntroductionStatus.Pending)
        {
            return Outcome.Conflict("Only a pending introduction can be withdrawn.");
        }

        var recipientMembers = await access.MembersAsync(introduction.ToProfileId, ct);
        var senderName = await NameAsync(introduction.FromProfileId, ct);
        var (outcome, _) = await AnswerAsync(introduction, IntroductionStatus.Withdrawn, null, null, clock.GetUtcNow().UtcDateTime, beforeExpiry: false, () =>
            notifications.StageAsync(recipientMembers, NotificationType.IntroductionWithdrawn,
                $"{senderName} withdrew their introduction", "", NotificationTarget.Introduction(introduction.Id), new { introductionId }, ct), ct);
        return outcome;
    }

    /// <summary>
    /// Expires pending introductions past their date and tells both sides, in one transaction; an introduction answered
    /// meanwhile is left as answered. Returns how many expired.
    /// </summary>
    public async Task<int> ExpireDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Introductions.AsNoTracking().Where(i => i.Status == IntroductionStatus.Pending && i.ExpiresAt <= now).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var members = new Dictionary<long, IReadOnlyList<string>>();
        foreach (var introduction in due)
        {
            members[introduction.Id] = await access.MembersAsync([introduction.FromProfileId, introduction.ToProfileId], ct);
        }

        var staged = new StagedNotifications();
        var expired = 0;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            staged = new StagedNotifications();
            expired = 0;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var introduction in due)
            {
                if (await ClaimAsync(introduction, IntroductionStatus.Expired, null, null, now, beforeExpiry: false, ct) == 0)
                {
                    continue;
                }

                expired++;
                await notifications.StageAsync(members[introduction.Id], NotificationType.IntroductionExpired, "An introduction expired without an answer", "",
                    NotificationTarget.Introduction(introduction.Id), new { introductionId = introduction.Id }, staged, ct);
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });
        if (expired > 0)
        {
            await (changes?.RecordAsync(db, ct) ?? Task.CompletedTask);
        }

        await notifications.PushAsync(staged, ct);
        return expired;
    }

    /// <summary>
    /// Moves an introduction out of Pending in one transaction with what goes with the answer (conversation, signal,
    /// notifications), then pushes. The claim comes first: of several answers at once only one gets past it, and the
    /// others change nothing and hear that it was answered meanwhile.
    /// </summary>
    private async Task<(Outcome Outcome, StagedNotifications Staged)> AnswerAsync(Introduction seen, IntroductionStatus status, string? userId,
        string? declineReason, DateTime now, bool beforeExpiry, Func<Task<StagedNotifications>> alongside, CancellationToken ct)
    {
        var staged = new StagedNotifications();
        var strategy = db.Database.CreateExecutionStrategy();
        var outcome = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (await ClaimAsync(seen, status, userId, declineReason, now, beforeExpiry, ct) == 0)
            {
                await tx.RollbackAsync(ct);
                return Outcome.Conflict(Answered);
            }

            staged = await alongside();
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Outcome.Done();
        });
        if (outcome.Succeeded)
        {
            await (changes?.RecordAsync(db, ct) ?? Task.CompletedTask);
            await notifications.PushAsync(staged, ct);
        }

        return (outcome, staged);
    }

    /// <summary>The conditional update that claims an answer: it changes the row only if it is still pending at the version read.</summary>
    private Task<int> ClaimAsync(Introduction seen, IntroductionStatus status, string? userId, string? declineReason, DateTime now, bool beforeExpiry, CancellationToken ct) =>
        db.Introductions
            .Where(i => i.Id == seen.Id && i.Status == IntroductionStatus.Pending && i.Version == seen.Version && (!beforeExpiry || i.ExpiresAt > now))
            .ExecuteUpdateAsync(u => u
                .SetProperty(i => i.Status, status)
                .SetProperty(i => i.AnsweredAt, now)
                .SetProperty(i => i.AnsweredByUserId, userId)
                .SetProperty(i => i.DeclineReason, declineReason)
                .SetProperty(i => i.Version, i => i.Version + 1), ct);

    private async Task<(Introduction?, Outcome?)> PendingForRecipientAsync(string userId, long introductionId, CancellationToken ct)
    {
        var introduction = await db.Introductions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == introductionId, ct);
        if (introduction is null)
        {
            return (null, Outcome.NotFound("That introduction does not exist."));
        }

        if (!await access.CanActForAsync(userId, introduction.ToProfileId, ct))
        {
            return (null, Outcome.Forbidden("Only the recipient's profile can answer this introduction."));
        }

        if (introduction.Status != IntroductionStatus.Pending || introduction.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
        {
            return (null, Outcome.Conflict("This introduction is no longer waiting for an answer."));
        }

        return (introduction, null);
    }

    private const string Answered = "The introduction was answered meanwhile; reload it.";

    private async Task<string> NameAsync(int profileId, CancellationToken ct) =>
        await db.Profiles.Where(p => p.Id == profileId).Select(p => p.Name).SingleOrDefaultAsync(ct) ?? "A profile";

    private static string Shorten(string text) => text.Length > 140 ? text[..140] + "…" : text;

    private static InteractionSignal Signal(int seeker, int candidate, SignalKind kind, string userId, DateTime at) =>
        new() { SeekerProfileId = seeker, CandidateProfileId = candidate, Kind = kind, UserId = userId, Source = "app", CreatedAt = at };
}
