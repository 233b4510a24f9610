namespace Hub.Core.Tests;

/// <summary>An account in a test database and the profile it acts for (0 when it manages none).</summary>
public sealed record Person(string UserId, int ProfileId, string Email);
