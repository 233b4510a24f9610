namespace Hub.Core.Introductions;

/// <summary>A profile that another profile blocked: it can no longer reach the blocker.</summary>
public class ProfileBlock
{
    public int BlockerProfileId { get; set; }

    public int BlockedProfileId { get; set; }

    public DateTime CreatedAt { get; set; }
}
