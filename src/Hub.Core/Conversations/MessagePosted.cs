using Hub.Core.Live;

namespace Hub.Core.Conversations;

/// <summary>A message in a conversation, as pages show it and as the members of both profiles receive it live (event "Message").</summary>
public sealed record MessagePosted(long Id, long ConversationId, int SenderProfileId, string SenderName, string Body, DateTime SentAt) : ILivePayload
{
    public static string Event => "Message";
}
