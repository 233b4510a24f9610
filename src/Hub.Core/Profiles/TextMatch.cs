namespace Hub.Core.Profiles;

/// <summary>One row of the full-text index: the profile it points to and its BM25 rank (lower is better).</summary>
public sealed record TextMatch(int ProfileId, double Rank);
