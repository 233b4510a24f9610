namespace Hub.Core.Profiles;

/// <summary>One person who manages a profile, as the members page lists them.</summary>
public sealed record ProfileMemberView(string UserId, string DisplayName, string Email, ProfileRole Role, DateTime JoinedAt);
