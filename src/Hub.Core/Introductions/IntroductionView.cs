namespace Hub.Core.Introductions;

/// <summary>An introduction as the inbox shows it to a member of either side, with the reasons worded for that side.</summary>
public sealed record IntroductionView(
    long Id, int FromProfileId, string FromName, int ToProfileId, string ToName, string Note, IReadOnlyList<string> Reasons,
    IntroductionStatus Status, string? DeclineReason, DateTime CreatedAt, DateTime ExpiresAt, long? ConversationId, bool Incoming);
