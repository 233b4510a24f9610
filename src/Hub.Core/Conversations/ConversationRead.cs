namespace Hub.Core.Conversations;

/// <summary>How far a user has read a conversation (for unread counts and read receipts).</summary>
public class ConversationRead
{
    public long ConversationId { get; set; }

    public required string UserId { get; set; }

    public long LastReadMessageId { get; set; }

    public DateTime ReadAt { get; set; }
}
