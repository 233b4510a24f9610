namespace Hub.Core.Events;

/// <summary>An accepted request the draft could not place, with why.</summary>
public sealed record UnplacedPair(int A, int B, string Reason);
