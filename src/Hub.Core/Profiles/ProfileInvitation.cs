namespace Hub.Core.Profiles;

/// <summary>
/// An invitation to manage a profile, sent to an e-mail address. Whoever holds a confirmed account with that address
/// (now or after registering later) sees it and becomes a member only by accepting it.
/// </summary>
public class ProfileInvitation
{
    /// <summary>How long an invitation can be accepted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public long Id { get; set; }

    public int ProfileId { get; set; }

    public Profile? Profile { get; set; }

    /// <summary>The address as the inviter typed it (trimmed), shown on the members page.</summary>
    public required string Email { get; set; }

    /// <summary>Upper-cased like Identity's normalised e-mail, so it matches an account's address.</summary>
    public required string NormalizedEmail { get; set; }

    public ProfileRole Role { get; set; } = ProfileRole.Editor;

    public required string InvitedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public InvitationStatus Status { get; set; }

    /// <summary>When it was accepted, declined or withdrawn.</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>Who accepted, declined or withdrew it.</summary>
    public string? ClosedByUserId { get; set; }

    public bool IsOpen(DateTime now) => Status == InvitationStatus.Pending && ExpiresAt > now;
}
