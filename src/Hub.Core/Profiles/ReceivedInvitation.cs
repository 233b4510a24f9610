namespace Hub.Core.Profiles;

/// <summary>A waiting invitation as the invited person sees it: which profile, in what role, from whom.</summary>
public sealed record ReceivedInvitation(long Id, int ProfileId, string ProfileName, ProfileKind Kind, ProfileRole Role, string InvitedBy, DateTime ExpiresAt);
