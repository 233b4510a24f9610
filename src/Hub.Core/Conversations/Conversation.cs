namespace Hub.Core.Conversations;

/// <summary>The conversation an accepted introduction opens between two profiles.</summary>
public class Conversation
{
    public long Id { get; set; }

    public int ProfileAId { get; set; }

    public int ProfileBId { get; set; }

    public long IntroductionId { get; set; }

    /// <summary>Contact details each side chose to share on acceptance (JSON object keyed by profile id).</summary>
    public string SharedContactsJson { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }

    public DateTime LastMessageAt { get; set; }

    public bool Includes(int profileId) => ProfileAId == profileId || ProfileBId == profileId;
}
