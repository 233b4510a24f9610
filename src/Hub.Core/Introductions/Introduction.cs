namespace Hub.Core.Introductions;

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

    /// <summary>Raised by every change; an answer claims the introduction only at the version it read.</summary>
    public int Version { get; set; }
}
