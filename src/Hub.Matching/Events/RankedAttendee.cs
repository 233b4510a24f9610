using Hub.Core.Events;

namespace Hub.Matching.Events;

/// <summary>Another participant ranked for the reader, with the reasons in the reader's voice.</summary>
public sealed record RankedAttendee(EventAttendee Attendee, double Score, IReadOnlyList<string> Reasons);
