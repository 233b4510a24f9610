namespace Hub.Scheduling;

/// <summary>An accepted request the scheduler could not place, with a reason a person can read.</summary>
public sealed record UnplacedRequest(string A, string B, string Reason);
