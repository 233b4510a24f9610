using Hub.Core.Live;

namespace Hub.Core.Conversations;

/// <summary>Someone read a conversation up to a message: read receipts, pushed live to both profiles (event "Read").</summary>
public sealed record MessagesRead(long ConversationId, string UserId, long LastReadMessageId) : ILivePayload
{
    public static string Event => "Read";
}
