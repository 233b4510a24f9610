namespace Hub.Scheduling;

/// <summary>Two people, in either order.</summary>
public sealed record PersonPair(string A, string B);
