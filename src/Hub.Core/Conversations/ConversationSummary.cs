namespace Hub.Core.Conversations;

/// <summary>A conversation in a user's list: with whom, when it last moved, how many messages they have not read.</summary>
public sealed record ConversationSummary(long Id, int OtherProfileId, string OtherName, DateTime LastMessageAt, int Unread);
