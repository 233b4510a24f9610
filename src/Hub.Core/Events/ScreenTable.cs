namespace Hub.Core.Events;

/// <summary>One table of the round on the big screen.</summary>
public sealed record ScreenTable(string Table, string A, string B);
