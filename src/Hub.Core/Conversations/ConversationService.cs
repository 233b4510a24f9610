using System.Globalization;
using System.Text.Json;
using Hub.Core.Accounts;
using Hub.Core.Data;
using Hub.Core.Introductions;
using Hub.Core.Live;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Conversations;

/// <summary>
/// Conversations between two profiles that an accepted introduction opened: messages, paging, read receipts.
/// Only the members of the two profiles read or write them: not organisers, not admins.
/// </summary>
public sealed class ConversationService(HubDbContext db, ProfileAccess access, ProfileBlocking blocking, NotificationService notifications, LivePublisher live, TimeProvider clock)
{
    /// <summary>
    /// Adds the conversation that an accepted introduction opens to the unit of work (the caller saves). The two people who
    /// acted share their account's e-mail with each other if they chose to (pass null for someone who did not).
    /// </summary>
    public Conversation Open(int senderProfileId, HubUser? sender, int recipientProfileId, HubUser? recipient, long introductionId, DateTime now)
    {
        static object? Contact(HubUser? u) => u is null ? null : new { u.DisplayName, u.Email };
        var conversation = new Conversation
        {
            ProfileAId = senderProfileId,
            ProfileBId = recipientProfileId,
            IntroductionId = introductionId,
            CreatedAt = now,
            LastMessageAt = now,
            SharedContactsJson = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                [senderProfileId.ToString(CultureInfo.InvariantCulture)] = Contact(sender),
                [recipientProfileId.ToString(CultureInfo.InvariantCulture)] = Contact(recipient),
            }),
        };
        db.Conversations.Add(conversation);
        return conversation;
    }

    /// <summary>
    /// Sends a message: the message, the sender's own read mark and the other side's notification are saved together;
    /// then the message goes live to both profiles and the notification to the other side.
    /// </summary>
    public async Task<Outcome<MessagePosted>> SendAsync(string userId, long conversationId, string body, CancellationToken ct = default)
    {
        body = (body ?? "").Trim();
        if (body.Length is 0 or > ConversationRules.MaxMessage)
        {
            return Outcome.Invalid("Body", $"A message has 1 to {ConversationRules.MaxMessage} characters.");
        }

        if (!SafeText.IsSafeText(body))
        {
            return Outcome.Invalid("Body", SafeText.Refusal("The message"));
        }

        var (conversation, asProfile) = await ParticipantAsync(userId, conversationId, ct);
        if (conversation is null || asProfile is null)
        {
            // Not a participant: the conversation might as well not exist.
            return Outcome.NotFound("That conversation does not exist.");
        }

        var other = conversation.ProfileAId == asProfile ? conversation.ProfileBId : conversation.ProfileAId;
        switch (await blocking.StateAsync(asProfile.Value, other, ct))
        {
            case BlockState.BlockedByMe:
                return Outcome.Conflict("You blocked this profile, so this conversation is closed to new messages. Unblock it to write again.");
            case BlockState.BlockedByThem:
                return Outcome.Conflict("This profile blocked yours: you can still read the conversation, but you can no longer send messages in it.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var message = new Message { ConversationId = conversationId, SenderProfileId = asProfile.Value, SenderUserId = userId, Body = body, SentAt = now };
        db.Messages.Add(message);
        db.Conversations.Attach(conversation).Entity.LastMessageAt = now;
        var senderName = await NameAsync(asProfile.Value, ct);
        var staged = await notifications.StageAsync(await access.MembersAsync(other, ct), NotificationType.MessageReceived, $"New message from {senderName}",
            Shorten(body), NotificationTarget.Conversation(conversationId), new { conversationId }, ct);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            // The sender has read everything up to what they wrote.
            await SetReadAsync(userId, conversationId, message.Id, now, ct);
            await transaction.CommitAsync(ct);
        }

        var posted = new MessagePosted(message.Id, conversationId, asProfile.Value, senderName, body, now);
        await live.PublishAsync(LiveAudience.ProfileMembers(conversation.ProfileAId, conversation.ProfileBId), posted, ct);
        await notifications.PushAsync(staged, ct);
        return Outcome.Done(posted);
    }

    /// <summary>A page of messages, newest last, before a message id (or the newest page).</summary>
    public async Task<Outcome<IReadOnlyList<MessagePosted>>> MessagesAsync(string userId, long conversationId, long? beforeId = null, int take = 50, CancellationToken ct = default)
    {
        var (conversation, asProfile) = await ParticipantAsync(userId, conversationId, ct);
        if (conversation is null || asProfile is null)
        {
            return Outcome.NotFound("That conversation does not exist.");
        }

        var query = db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId);
        if (beforeId is { } before)
        {
            query = query.Where(m => m.Id < before);
        }

        var page = await query.OrderByDescending(m => m.Id).Take(Math.Clamp(take, 1, ConversationRules.MaxPage))
            .Join(db.Profiles, m => m.SenderProfileId, p => p.Id, (m, p) => new MessagePosted(m.Id, m.ConversationId, m.SenderProfileId, p.Name, m.Body, m.SentAt))
            .ToListAsync(ct);
        return Outcome.Done<IReadOnlyList<MessagePosted>>(page.OrderBy(m => m.Id).ToList());
    }

    /// <summary>Marks the conversation read up to a message and tells both sides (read receipts).</summary>
    public async Task<Outcome> MarkReadAsync(string userId, long conversationId, long lastMessageId, CancellationToken ct = default)
    {
        var (conversation, asProfile) = await ParticipantAsync(userId, conversationId, ct);
        if (conversation is null || asProfile is null)
        {
            return Outcome.NotFound("That conversation does not exist.");
        }

        if (await SetReadAsync(userId, conversationId, lastMessageId, clock.GetUtcNow().UtcDateTime, ct))
        {
            await live.PublishAsync(LiveAudience.ProfileMembers(conversation.ProfileAId, conversation.ProfileBId),
                new MessagesRead(conversationId, userId, lastMessageId), ct);
        }

        return Outcome.Done();
    }

    /// <summary>The user's conversations, most recent first, with unread counts.</summary>
    public async Task<IReadOnlyList<ConversationSummary>> ListAsync(string userId, CancellationToken ct = default)
    {
        var mine = await access.ProfilesOfAsync(userId, ct);
        var conversations = await db.Conversations.AsNoTracking()
            .Where(c => mine.Contains(c.ProfileAId) || mine.Contains(c.ProfileBId))
            .OrderByDescending(c => c.LastMessageAt).Take(100).ToListAsync(ct);
        // Three batched queries for the whole list (reads, unread counts, names) instead of three per conversation.
        var ids = conversations.Select(c => c.Id).ToList();
        var reads = await db.ConversationReads.Where(r => r.UserId == userId && ids.Contains(r.ConversationId))
            .ToDictionaryAsync(r => r.ConversationId, r => r.LastReadMessageId, ct);
        // Unread: what the other side wrote after the user's read mark (a teammate's messages on the user's own side are not news).
        var unread = (await db.Messages.Where(m => ids.Contains(m.ConversationId) && !mine.Contains(m.SenderProfileId))
                .Select(m => new { m.ConversationId, m.Id }).ToListAsync(ct))
            .Where(m => m.Id > reads.GetValueOrDefault(m.ConversationId))
            .GroupBy(m => m.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        var others = conversations.ToDictionary(c => c.Id, c => mine.Contains(c.ProfileAId) ? c.ProfileBId : c.ProfileAId);
        var otherIds = others.Values.Distinct().ToList();
        var names = await db.Profiles.Where(p => otherIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return conversations.Select(c => new ConversationSummary(c.Id, others[c.Id], names.GetValueOrDefault(others[c.Id], ""),
            c.LastMessageAt, unread.GetValueOrDefault(c.Id))).ToList();
    }

    /// <summary>The conversation's header for a participant; not found for anyone else.</summary>
    public async Task<Outcome<ConversationHeader>> HeaderAsync(string userId, long conversationId, CancellationToken ct = default)
    {
        var (c, mine) = await ParticipantAsync(userId, conversationId, ct);
        if (c is null || mine is null)
        {
            return Outcome.NotFound("That conversation does not exist.");
        }

        var other = mine == c.ProfileAId ? c.ProfileBId : c.ProfileAId;
        var otherMembers = await access.MembersAsync(other, ct);
        var otherRead = await db.ConversationReads.Where(r => r.ConversationId == c.Id && otherMembers.Contains(r.UserId))
            .MaxAsync(r => (long?)r.LastReadMessageId, ct) ?? 0;
        return Outcome.Done(new ConversationHeader(c.Id, mine.Value, other, await NameAsync(other, ct), await SharedContactsAsync(userId, mine.Value, c, ct), otherRead,
            await blocking.StateAsync(mine.Value, other, ct)));
    }

    /// <summary>
    /// The e-mails shared when the introduction was accepted, as the reader may see them: only of people who still share
    /// (opt-in, NotificationSettings.ShareEmailOnAcceptance), and none for a reader who joined their profile after the
    /// conversation opened: contacts were shared with the members of that day.
    /// </summary>
    private async Task<IReadOnlyList<SharedContact>> SharedContactsAsync(string userId, int myProfileId, Conversation c, CancellationToken ct)
    {
        var joinedAt = await db.ProfileMembers.Where(m => m.UserId == userId && m.ProfileId == myProfileId).Select(m => (DateTime?)m.JoinedAt).FirstOrDefaultAsync(ct);
        if (joinedAt is null || joinedAt > c.CreatedAt)
        {
            return [];
        }

        var contacts = JsonSerializer.Deserialize<Dictionary<string, JsonElement?>>(c.SharedContactsJson) ?? [];
        // Keyed by profile id when stored; two people may well share a display name.
        var stored = contacts.Where(kv => kv.Value is { ValueKind: JsonValueKind.Object })
            .Select(kv => new SharedContact(kv.Value!.Value.GetProperty("DisplayName").GetString() ?? "", kv.Value!.Value.GetProperty("Email").GetString() ?? ""))
            .ToList();
        var emails = stored.Select(s => s.Email.ToUpperInvariant()).ToList();
        var sharing = await db.NotificationSettings.Where(s => s.ShareEmailOnAcceptance)
            .Join(db.Users, s => s.UserId, u => u.Id, (_, u) => u.NormalizedEmail)
            .Where(e => emails.Contains(e!)).ToListAsync(ct);
        return stored.Where(s => sharing.Contains(s.Email.ToUpperInvariant())).ToList();
    }

    /// <summary>The conversation and the side the user takes part as; nulls when it does not exist or the user is not in it.</summary>
    private async Task<(Conversation?, int?)> ParticipantAsync(string userId, long conversationId, CancellationToken ct)
    {
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId, ct);
        return conversation is null
            ? (null, null)
            : (conversation, await access.ActingProfileAsync(userId, [conversation.ProfileAId, conversation.ProfileBId], ct));
    }

    /// <summary>Moves the user's read mark forward; false when it was already there.</summary>
    private async Task<bool> SetReadAsync(string userId, long conversationId, long lastMessageId, DateTime now, CancellationToken ct)
    {
        var read = await db.ConversationReads.SingleOrDefaultAsync(r => r.ConversationId == conversationId && r.UserId == userId, ct);
        if (read is null)
        {
            db.ConversationReads.Add(new ConversationRead { ConversationId = conversationId, UserId = userId, LastReadMessageId = lastMessageId, ReadAt = now });
        }
        else if (lastMessageId > read.LastReadMessageId)
        {
            read.LastReadMessageId = lastMessageId;
            read.ReadAt = now;
        }
        else
        {
            return false;
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<string> NameAsync(int profileId, CancellationToken ct) =>
        await db.Profiles.Where(p => p.Id == profileId).Select(p => p.Name).SingleOrDefaultAsync(ct) ?? "A profile";

    private static string Shorten(string text) => text.Length > 140 ? text[..140] + "…" : text;
}
