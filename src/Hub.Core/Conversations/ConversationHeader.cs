using Hub.Core.Introductions;

namespace Hub.Core.Conversations;

/// <summary>
/// The top of a conversation for one participant: their side, the other side, shared contacts, how far the other side
/// read, and whether a block closed it to new messages (it stays readable).
/// </summary>
public sealed record ConversationHeader(long Id, int MyProfileId, int OtherProfileId, string OtherName, IReadOnlyList<SharedContact> SharedContacts, long OtherReadUpTo,
    BlockState Block = BlockState.None);
