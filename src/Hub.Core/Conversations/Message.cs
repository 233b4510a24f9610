namespace Hub.Core.Conversations;

/// <summary>One message in a conversation, written by a member of one of its two profiles.</summary>
public class Message
{
    public long Id { get; set; }

    public long ConversationId { get; set; }

    public int SenderProfileId { get; set; }

    public required string SenderUserId { get; set; }

    public required string Body { get; set; }

    public DateTime SentAt { get; set; }
}
