using System.Text.Json;
using Hub.Core.Data;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Core.Introductions;

public enum IntroductionOutcome
{
    Done,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
    LimitReached,
    Blocked,
}

public sealed record IntroductionResult(IntroductionOutcome Outcome, string? Message = null, long? Id = null)
{
    public bool Succeeded => Outcome == IntroductionOutcome.Done;
}

public sealed record MessageDto(long Id, long ConversationId, int SenderProfileId, string SenderName, string Body, DateTime SentAt);

/// <summary>Someone read a conversation up to a message (read receipts).</summary>
public sealed record ReadReceiptDto(long ConversationId, string UserId, long LastReadMessageId);

/// <summary>
/// Introductions between profiles: send, accept (opens a conversation), decline, withdraw, expire; block; messages.
/// Every change is written first, with its notifications, then pushed through <see cref="ILivePublisher"/>.
/// </summary>
public sealed class IntroductionService(
    HubDbContext db,
    NotificationService notifications,
    ILivePublisher publisher,
    IOptions<IntroductionRules> rules,
    TimeProvider clock,
    Profiles.ProfileChanges? changes = null)
{
    private Task<bool> ManagesAsync(string userId, int profileId, CancellationToken ct) => db.ManagesAsync(userId, profileId, ct);

    private Task<List<string>> MembersAsync(int profileId, CancellationToken ct) => db.MemberIdsAsync(profileId, ct);

    private async Task<string> NameAsync(int profileId, CancellationToken ct) =>
        await db.Profiles.Where(p => p.Id == profileId).Select(p => p.Name).SingleOrDefaultAsync(ct) ?? "A profile";

    public async Task<IntroductionResult> SendAsync(string userId, int fromProfileId, int toProfileId, string note, IReadOnlyList<string> explanation, CancellationToken ct = default)
    {
        note = (note ?? "").Trim();
        if (note.Length is < IntroductionRules.MinNote or > IntroductionRules.MaxNote)
        {
            return new(IntroductionOutcome.Invalid, $"Write a note of {IntroductionRules.MinNote} to {IntroductionRules.MaxNote} characters: say who you are and why you want to meet.");
        }

        if (fromProfileId == toProfileId || !await db.Profiles.AnyAsync(p => p.Id == toProfileId, ct))
        {
            return new(IntroductionOutcome.NotFound, "That profile does not exist.");
        }

        if (!await ManagesAsync(userId, fromProfileId, ct))
        {
            return new(IntroductionOutcome.Forbidden, "You can only send introductions from a profile you manage.");
        }

        if (await db.ProfileBlocks.AnyAsync(b => (b.BlockerProfileId == toProfileId && b.BlockedProfileId == fromProfileId) ||
                                                  (b.BlockerProfileId == fromProfileId && b.BlockedProfileId == toProfileId), ct))
        {
            return new(IntroductionOutcome.Blocked, "Introductions between these two profiles are blocked.");
        }

        if (await db.Introductions.AnyAsync(i => i.Status == IntroductionStatus.Pending &&
                ((i.FromProfileId == fromProfileId && i.ToProfileId == toProfileId) || (i.FromProfileId == toProfileId && i.ToProfileId == fromProfileId)), ct))
        {
            return new(IntroductionOutcome.Conflict, "An introduction between these two profiles is already waiting for an answer.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var limits = rules.Value;
        if (await db.Introductions.CountAsync(i => i.FromProfileId == fromProfileId && i.Status == IntroductionStatus.Pending, ct) >= limits.MaxPendingPerSender)
        {
            return new(IntroductionOutcome.LimitReached, $"You have {limits.MaxPendingPerSender} introductions waiting for an answer. Withdraw one or wait for replies before sending more.");
        }

        var dayAgo = now.AddDays(-1);
        if (await db.Introductions.CountAsync(i => i.FromProfileId == fromProfileId && i.CreatedAt >= dayAgo, ct) >= limits.MaxPerDay)
        {
            return new(IntroductionOutcome.LimitReached, $"You can send {limits.MaxPerDay} introductions a day. Try again tomorrow.");
        }

        var introduction = new Introduction
        {
            FromProfileId = fromProfileId,
            ToProfileId = toProfileId,
            SenderUserId = userId,
            Note = note,
            ExplanationJson = JsonSerializer.Serialize(explanation.Take(5).Select(e => e.Length > 300 ? e[..300] : e)),
            CreatedAt = now,
            ExpiresAt = now.AddDays(limits.ExpiryDays),
        };
        db.Introductions.Add(introduction);
        db.InteractionSignals.Add(Signal(fromProfileId, toProfileId, SignalKind.IntroductionRequested, userId, now));
        await db.SaveChangesAsync(ct);
        changes?.Record();

        var from = await NameAsync(fromProfileId, ct);
        await notifications.NotifyAsync(await MembersAsync(toProfileId, ct), NotificationType.IntroductionReceived,
            $"{from} would like to meet you", note.Length > 140 ? note[..140] + "…" : note, $"/introductions/{introduction.Id}",
            new { introductionId = introduction.Id, fromProfileId, toProfileId }, ct);
        return new(IntroductionOutcome.Done, Id: introduction.Id);
    }

    public async Task<IntroductionResult> AcceptAsync(string userId, long introductionId, CancellationToken ct = default)
    {
        var (introduction, error) = await PendingForRecipientAsync(userId, introductionId, ct);
        if (introduction is null)
        {
            return error!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var withheld = await db.NotificationSettings.Where(s => (s.UserId == introduction.SenderUserId || s.UserId == userId) && !s.ShareEmailOnAcceptance)
            .Select(s => s.UserId).ToListAsync(ct);
        var contacts = await db.Users.Where(u => (u.Id == introduction.SenderUserId || u.Id == userId) && !withheld.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(ct);
        var conversation = new Conversation
        {
            ProfileAId = introduction.FromProfileId,
            ProfileBId = introduction.ToProfileId,
            IntroductionId = introduction.Id,
            CreatedAt = now,
            LastMessageAt = now,
            // The two people who acted share their account's e-mail with each other, unless they chose not to share it.
            SharedContactsJson = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                [introduction.FromProfileId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = contacts.FirstOrDefault(c => c.Id == introduction.SenderUserId) is { } s ? new { s.DisplayName, s.Email } : null,
                [introduction.ToProfileId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = contacts.FirstOrDefault(c => c.Id == userId) is { } r ? new { r.DisplayName, r.Email } : null,
            }),
        };
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(ct);
        introduction.Status = IntroductionStatus.Accepted;
        introduction.AnsweredAt = now;
        introduction.AnsweredByUserId = userId;
        introduction.ConversationId = conversation.Id;
        db.InteractionSignals.Add(Signal(introduction.FromProfileId, introduction.ToProfileId, SignalKind.IntroductionAccepted, userId, now));
        await db.SaveChangesAsync(ct);
        changes?.Record();

        var to = await NameAsync(introduction.ToProfileId, ct);
        await notifications.NotifyAsync(await MembersAsync(introduction.FromProfileId, ct), NotificationType.IntroductionAccepted,
            $"{to} accepted your introduction", "You can now talk in the conversation.", $"/conversations/{conversation.Id}",
            new { introductionId, conversationId = conversation.Id }, ct);
        return new(IntroductionOutcome.Done, Id: conversation.Id);
    }

    public async Task<IntroductionResult> DeclineAsync(string userId, long introductionId, string? reason, CancellationToken ct = default)
    {
        var (introduction, error) = await PendingForRecipientAsync(userId, introductionId, ct);
        if (introduction is null)
        {
            return error!;
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > 500 })
        {
            return new(IntroductionOutcome.Invalid, "Keep the reason under 500 characters.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        introduction.Status = IntroductionStatus.Declined;
        introduction.DeclineReason = reason;
        introduction.AnsweredAt = now;
        introduction.AnsweredByUserId = userId;
        // The decline teaches the recommender about the sender's choice, seen from the recipient's side.
        db.InteractionSignals.Add(Signal(introduction.FromProfileId, introduction.ToProfileId, SignalKind.IntroductionDeclined, userId, now));
        await db.SaveChangesAsync(ct);
        changes?.Record();

        var to = await NameAsync(introduction.ToProfileId, ct);
        await notifications.NotifyAsync(await MembersAsync(introduction.FromProfileId, ct), NotificationType.IntroductionDeclined,
            $"{to} declined your introduction", reason ?? "No reason given.", $"/introductions/{introduction.Id}", new { introductionId }, ct);
        return new(IntroductionOutcome.Done, Id: introduction.Id);
    }

    public async Task<IntroductionResult> WithdrawAsync(string userId, long introductionId, CancellationToken ct = default)
    {
        var introduction = await db.Introductions.SingleOrDefaultAsync(i => i.Id == introductionId, ct);
        if (introduction is null)
        {
            return new(IntroductionOutcome.NotFound, "That introduction does not exist.");
        }

        if (!await ManagesAsync(userId, introduction.FromProfileId, ct))
        {
            return new(IntroductionOutcome.Forbidden, "Only the sender's profile can withdraw this introduction.");
        }

        if (introduction.Status != IntroductionStatus.Pending)
        {
            return new(IntroductionOutcome.Conflict, "Only a pending introduction can be withdrawn.");
        }

        introduction.Status = IntroductionStatus.Withdrawn;
        introduction.AnsweredAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        var from = await NameAsync(introduction.FromProfileId, ct);
        await notifications.NotifyAsync(await MembersAsync(introduction.ToProfileId, ct), NotificationType.IntroductionWithdrawn,
            $"{from} withdrew their introduction", "", $"/introductions/{introduction.Id}", new { introductionId }, ct);
        return new(IntroductionOutcome.Done, Id: introduction.Id);
    }

    /// <summary>Expires pending introductions past their date and tells both sides. Returns how many expired.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Introductions.Where(i => i.Status == IntroductionStatus.Pending && i.ExpiresAt <= now).ToListAsync(ct);
        foreach (var introduction in due)
        {
            introduction.Status = IntroductionStatus.Expired;
            introduction.AnsweredAt = now;
        }

        await db.SaveChangesAsync(ct);
        foreach (var introduction in due)
        {
            var members = (await MembersAsync(introduction.FromProfileId, ct)).Concat(await MembersAsync(introduction.ToProfileId, ct));
            await notifications.NotifyAsync(members, NotificationType.IntroductionExpired, "An introduction expired without an answer", "",
                $"/introductions/{introduction.Id}", new { introductionId = introduction.Id }, ct);
        }

        return due.Count;
    }

    public async Task<IntroductionResult> BlockAsync(string userId, int blockerProfileId, int blockedProfileId, CancellationToken ct = default)
    {
        if (!await ManagesAsync(userId, blockerProfileId, ct))
        {
            return new(IntroductionOutcome.Forbidden, "You can only block from a profile you manage.");
        }

        if (blockerProfileId == blockedProfileId || !await db.Profiles.AnyAsync(p => p.Id == blockedProfileId, ct))
        {
            return new(IntroductionOutcome.NotFound, "That profile does not exist.");
        }

        if (!await db.ProfileBlocks.AnyAsync(b => b.BlockerProfileId == blockerProfileId && b.BlockedProfileId == blockedProfileId, ct))
        {
            db.ProfileBlocks.Add(new ProfileBlock { BlockerProfileId = blockerProfileId, BlockedProfileId = blockedProfileId, CreatedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }

        return new(IntroductionOutcome.Done);
    }

    public async Task<IntroductionResult> SendMessageAsync(string userId, long conversationId, string body, CancellationToken ct = default)
    {
        body = (body ?? "").Trim();
        if (body.Length is 0 or > IntroductionRules.MaxMessage)
        {
            return new(IntroductionOutcome.Invalid, $"A message has 1 to {IntroductionRules.MaxMessage} characters.");
        }

        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == conversationId, ct);
        var asProfile = conversation is null ? null : await db.ProfileMembers
            .Where(m => m.UserId == userId && (m.ProfileId == conversation.ProfileAId || m.ProfileId == conversation.ProfileBId))
            .Select(m => (int?)m.ProfileId).FirstOrDefaultAsync(ct);
        if (conversation is null || asProfile is null)
        {
            // Not a participant: the conversation might as well not exist.
            return new(IntroductionOutcome.NotFound, "That conversation does not exist.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var message = new Message { ConversationId = conversationId, SenderProfileId = asProfile.Value, SenderUserId = userId, Body = body, SentAt = now };
        db.Messages.Add(message);
        conversation.LastMessageAt = now;
        await db.SaveChangesAsync(ct);
        await MarkReadAsync(userId, conversationId, message.Id, ct);

        var senderName = await NameAsync(asProfile.Value, ct);
        var other = conversation.ProfileAId == asProfile ? conversation.ProfileBId : conversation.ProfileAId;
        var everyone = (await MembersAsync(conversation.ProfileAId, ct)).Concat(await MembersAsync(conversation.ProfileBId, ct)).Distinct().ToList();
        await publisher.MessageAsync(everyone, new MessageDto(message.Id, conversationId, asProfile.Value, senderName, body, now), ct);
        await notifications.NotifyAsync(await MembersAsync(other, ct), NotificationType.MessageReceived, $"New message from {senderName}",
            body.Length > 140 ? body[..140] + "…" : body, $"/conversations/{conversationId}", new { conversationId, messageId = message.Id }, ct);
        return new(IntroductionOutcome.Done, Id: message.Id);
    }

    /// <summary>A page of messages, newest last; null if the user may not read the conversation.</summary>
    public async Task<IReadOnlyList<MessageDto>?> MessagesAsync(string userId, long conversationId, long? beforeId = null, int take = 50, CancellationToken ct = default)
    {
        if (!await CanReadAsync(userId, conversationId, ct))
        {
            return null;
        }

        var query = db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId);
        if (beforeId is { } before)
        {
            query = query.Where(m => m.Id < before);
        }

        var page = await query.OrderByDescending(m => m.Id).Take(Math.Clamp(take, 1, 200))
            .Join(db.Profiles, m => m.SenderProfileId, p => p.Id, (m, p) => new MessageDto(m.Id, m.ConversationId, m.SenderProfileId, p.Name, m.Body, m.SentAt))
            .ToListAsync(ct);
        return page.OrderBy(m => m.Id).ToList();
    }

    /// <summary>Only the members of the two profiles read a conversation: not organisers, not admins.</summary>
    public async Task<bool> CanReadAsync(string userId, long conversationId, CancellationToken ct = default)
    {
        var c = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == conversationId, ct);
        return c is not null && await db.ProfileMembers.AnyAsync(m => m.UserId == userId && (m.ProfileId == c.ProfileAId || m.ProfileId == c.ProfileBId), ct);
    }

    public async Task MarkReadAsync(string userId, long conversationId, long lastMessageId, CancellationToken ct = default)
    {
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId, ct);
        if (conversation is null || !await CanReadAsync(userId, conversationId, ct))
        {
            return;
        }

        var read = await db.ConversationReads.SingleOrDefaultAsync(r => r.ConversationId == conversationId && r.UserId == userId, ct);
        if (read is null)
        {
            db.ConversationReads.Add(new ConversationRead { ConversationId = conversationId, UserId = userId, LastReadMessageId = lastMessageId, ReadAt = clock.GetUtcNow().UtcDateTime });
        }
        else if (lastMessageId > read.LastReadMessageId)
        {
            read.LastReadMessageId = lastMessageId;
            read.ReadAt = clock.GetUtcNow().UtcDateTime;
        }
        else
        {
            return;
        }

        await db.SaveChangesAsync(ct);
        var everyone = (await MembersAsync(conversation.ProfileAId, ct)).Concat(await MembersAsync(conversation.ProfileBId, ct)).Distinct().ToList();
        await publisher.ReadAsync(everyone, new ReadReceiptDto(conversationId, userId, lastMessageId), ct);
    }

    private async Task<(Introduction?, IntroductionResult?)> PendingForRecipientAsync(string userId, long introductionId, CancellationToken ct)
    {
        var introduction = await db.Introductions.SingleOrDefaultAsync(i => i.Id == introductionId, ct);
        if (introduction is null)
        {
            return (null, new(IntroductionOutcome.NotFound, "That introduction does not exist."));
        }

        if (!await ManagesAsync(userId, introduction.ToProfileId, ct))
        {
            return (null, new(IntroductionOutcome.Forbidden, "Only the recipient's profile can answer this introduction."));
        }

        if (introduction.Status != IntroductionStatus.Pending || introduction.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
        {
            return (null, new(IntroductionOutcome.Conflict, "This introduction is no longer waiting for an answer."));
        }

        return (introduction, null);
    }

    private static InteractionSignal Signal(int seeker, int candidate, SignalKind kind, string userId, DateTime at) =>
        new() { SeekerProfileId = seeker, CandidateProfileId = candidate, Kind = kind, UserId = userId, Source = "app", CreatedAt = at };
}

/// <summary>An introduction as the inbox shows it.</summary>
public sealed record IntroductionView(
    long Id, int FromProfileId, string FromName, int ToProfileId, string ToName, string Note, IReadOnlyList<string> Reasons,
    IntroductionStatus Status, string? DeclineReason, DateTime CreatedAt, DateTime ExpiresAt, long? ConversationId, bool Incoming);

public sealed record ConversationSummary(long Id, int OtherProfileId, string OtherName, DateTime LastMessageAt, int Unread);

public sealed record ConversationHeader(long Id, int MyProfileId, int OtherProfileId, string OtherName, IReadOnlyDictionary<string, string> SharedContacts, long OtherReadUpTo);

/// <summary>Read side of introductions and conversations for the pages, always for one user.</summary>
public sealed class IntroductionInbox(HubDbContext db)
{
    public async Task<IReadOnlyList<IntroductionView>> ForUserAsync(string userId, CancellationToken ct = default)
    {
        var mine = await db.ProfileMembers.Where(m => m.UserId == userId).Select(m => m.ProfileId).ToListAsync(ct);
        var rows = await db.Introductions.AsNoTracking()
            .Where(i => mine.Contains(i.FromProfileId) || mine.Contains(i.ToProfileId))
            .OrderByDescending(i => i.Id).Take(200)
            .Join(db.Profiles, i => i.FromProfileId, p => p.Id, (i, from) => new { i, FromName = from.Name })
            .Join(db.Profiles, x => x.i.ToProfileId, p => p.Id, (x, to) => new { x.i, x.FromName, ToName = to.Name })
            .ToListAsync(ct);
        return rows.Select(r => new IntroductionView(r.i.Id, r.i.FromProfileId, r.FromName, r.i.ToProfileId, r.ToName, r.i.Note,
            JsonSerializer.Deserialize<List<string>>(r.i.ExplanationJson) ?? [], r.i.Status, r.i.DeclineReason, r.i.CreatedAt, r.i.ExpiresAt,
            r.i.ConversationId, mine.Contains(r.i.ToProfileId))).ToList();
    }

    public async Task<IReadOnlyList<ConversationSummary>> ConversationsAsync(string userId, CancellationToken ct = default)
    {
        var mine = await db.ProfileMembers.Where(m => m.UserId == userId).Select(m => m.ProfileId).ToListAsync(ct);
        var conversations = await db.Conversations.AsNoTracking()
            .Where(c => mine.Contains(c.ProfileAId) || mine.Contains(c.ProfileBId))
            .OrderByDescending(c => c.LastMessageAt).Take(100).ToListAsync(ct);
        // Three batched queries for the whole list (reads, unread counts, names) instead of three per conversation.
        var ids = conversations.Select(c => c.Id).ToList();
        var reads = await db.ConversationReads.Where(r => r.UserId == userId && ids.Contains(r.ConversationId))
            .ToDictionaryAsync(r => r.ConversationId, r => r.LastReadMessageId, ct);
        var unread = (await db.Messages.Where(m => ids.Contains(m.ConversationId) && m.SenderUserId != userId)
                .Select(m => new { m.ConversationId, m.Id }).ToListAsync(ct))
            .Where(m => m.Id > reads.GetValueOrDefault(m.ConversationId))
            .GroupBy(m => m.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        var others = conversations.ToDictionary(c => c.Id, c => mine.Contains(c.ProfileAId) ? c.ProfileBId : c.ProfileAId);
        var otherIds = others.Values.Distinct().ToList();
        var names = await db.Profiles.Where(p => otherIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var result = conversations.Select(c => new ConversationSummary(c.Id, others[c.Id], names.GetValueOrDefault(others[c.Id], ""),
            c.LastMessageAt, unread.GetValueOrDefault(c.Id))).ToList();

        return result;
    }

    /// <summary>The conversation's header for a participant; null for anyone else.</summary>
    public async Task<ConversationHeader?> HeaderAsync(string userId, long conversationId, CancellationToken ct = default)
    {
        var c = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == conversationId, ct);
        if (c is null)
        {
            return null;
        }

        var mine = await db.ProfileMembers.Where(m => m.UserId == userId && (m.ProfileId == c.ProfileAId || m.ProfileId == c.ProfileBId))
            .Select(m => (int?)m.ProfileId).FirstOrDefaultAsync(ct);
        if (mine is null)
        {
            return null;
        }

        var other = mine == c.ProfileAId ? c.ProfileBId : c.ProfileAId;
        var otherMembers = await db.MemberIdsAsync(other, ct);
        var otherRead = await db.ConversationReads.Where(r => r.ConversationId == c.Id && otherMembers.Contains(r.UserId))
            .MaxAsync(r => (long?)r.LastReadMessageId, ct) ?? 0;
        var contacts = JsonSerializer.Deserialize<Dictionary<string, JsonElement?>>(c.SharedContactsJson) ?? [];
        var shared = contacts.Where(kv => kv.Value is { ValueKind: JsonValueKind.Object })
            .ToDictionary(kv => kv.Value!.Value.GetProperty("DisplayName").GetString() ?? "", kv => kv.Value!.Value.GetProperty("Email").GetString() ?? "");
        var name = await db.Profiles.Where(p => p.Id == other).Select(p => p.Name).SingleAsync(ct);
        return new ConversationHeader(c.Id, mine.Value, other, name, shared, otherRead);
    }
}
