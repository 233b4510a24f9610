namespace Hub.Core.Conversations;

/// <summary>The top of a conversation for one participant: their side, the other side, shared contacts, and how far the other side read.</summary>
public sealed record ConversationHeader(long Id, int MyProfileId, int OtherProfileId, string OtherName, IReadOnlyList<SharedContact> SharedContacts, long OtherReadUpTo);
