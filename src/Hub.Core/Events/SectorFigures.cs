namespace Hub.Core.Events;

/// <summary>Analytics for one sector at an event: participants working in it and meetings held that involve them.</summary>
public sealed record SectorFigures(string Sector, int Participants, int Meetings);
