using Hub.Core.Profiles;

namespace Hub.Core.Events;

/// <summary>Another approved participant as one participant sees them: their goal, the reader's own mark, request state, and whether they met before.</summary>
public sealed record EventAttendee(int RegistrationId, int ProfileId, string Name, ProfileKind Kind, string Goal, MeetingPreference? MyMark,
    MeetingRequestStatus? RequestFromMe, long? RequestFromMeId, MeetingRequestStatus? RequestToMe, long? RequestToMeId, string? RequestToMeNote, bool MetBefore);
