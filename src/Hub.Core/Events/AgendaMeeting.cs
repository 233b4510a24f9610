using Hub.Core.Profiles;

namespace Hub.Core.Events;

/// <summary>One meeting on a participant's agenda, seen from their side.</summary>
public sealed record AgendaMeeting(
    long Id,
    int Slot,
    DateTime StartsAt,
    DateTime EndsAt,
    string Table,
    string? OnlineLink,
    int OtherRegistrationId,
    int OtherProfileId,
    string OtherName,
    ProfileKind OtherKind,
    bool Cancelled,
    bool OtherNoShow,
    int? MyRating,
    MeetingOutcome? MyOutcome);
