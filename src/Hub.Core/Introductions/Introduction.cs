namespace Hub.Core.Introductions;

public enum IntroductionStatus
{
    Pending = 1,
    Accepted = 2,
    Declined = 3,
    Withdrawn = 4,
    Expired = 5,
}

/// <summary>A request from one profile to meet another, with a note and the reasons Hub suggested the match.</summary>
public class Introduction
{
    public long Id { get; set; }

    public int FromProfileId { get; set; }

    public int ToProfileId { get; set; }

    /// <summary>The member of the sending profile who wrote it.</summary>
    public required string SenderUserId { get; set; }

    public required string Note { get; set; }

    /// <summary>The match explanation at the time of sending (JSON array of sentences), so the recipient sees why.</summary>
    public string ExplanationJson { get; set; } = "[]";

    public IntroductionStatus Status { get; set; } = IntroductionStatus.Pending;

    public string? DeclineReason { get; set; }

    public string? AnsweredByUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public long? ConversationId { get; set; }
}

/// <summary>The conversation an accepted introduction opens between two profiles.</summary>
public class Conversation
{
    public long Id { get; set; }

    public int ProfileAId { get; set; }

    public int ProfileBId { get; set; }

    public long IntroductionId { get; set; }

    /// <summary>Contact details each side chose to share on acceptance (JSON object keyed by profile id).</summary>
    public string SharedContactsJson { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }

    public DateTime LastMessageAt { get; set; }

    public bool Includes(int profileId) => ProfileAId == profileId || ProfileBId == profileId;
}

public class Message
{
    public long Id { get; set; }

    public long ConversationId { get; set; }

    public int SenderProfileId { get; set; }

    public required string SenderUserId { get; set; }

    public required string Body { get; set; }

    public DateTime SentAt { get; set; }
}

/// <summary>How far a user has read a conversation (for unread counts and read receipts).</summary>
public class ConversationRead
{
    public long ConversationId { get; set; }

    public required string UserId { get; set; }

    public long LastReadMessageId { get; set; }

    public DateTime ReadAt { get; set; }
}

/// <summary>A profile that another profile blocked: it can no longer reach the blocker.</summary>
public class ProfileBlock
{
    public int BlockerProfileId { get; set; }

    public int BlockedProfileId { get; set; }

    public DateTime CreatedAt { get; set; }
}
