using Hub.Core.Profiles;

namespace Hub.Core.Events;

/// <summary>Analytics for one profile kind at an event.</summary>
public sealed record KindFigures(ProfileKind Kind, int Participants, int Meetings, double? AverageRating);
