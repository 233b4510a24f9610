namespace Hub.Core.Profiles;

/// <summary>A waiting invitation as the profile's members see it on the members page.</summary>
public sealed record SentInvitation(long Id, string Email, ProfileRole Role, string InvitedBy, DateTime ExpiresAt);
