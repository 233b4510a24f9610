using Hub.Core.Profiles;

namespace Hub.Core.Compute;

/// <summary>A need ranked for an offer, as the provider reads it ("They need…", "your offer…").</summary>
public sealed record NeedMatch(ComputeNeed Need, string ProfileName, ProfileKind Kind, double Score, int FreeHours, IReadOnlyList<string> Reasons, IReadOnlyList<string> Cautions);
