namespace Hub.Core.Notifications;

/// <summary>What a notification is about; preferences are set per type.</summary>
public enum NotificationType
{
    IntroductionReceived = 1,
    IntroductionAccepted = 2,
    IntroductionDeclined = 3,
    IntroductionWithdrawn = 4,
    IntroductionExpired = 5,
    MessageReceived = 6,
    Recommendation = 7,
    Digest = 8,
    EventRegistration = 9,
    MeetingRequestReceived = 10,
    MeetingRequestAnswered = 11,
    AgendaPublished = 12,
    MeetingReminder = 13,
    MeetingChanged = 14,
    ComputeApplicationReceived = 15,
    ComputeApplicationDecided = 16,
    ProfileInvitation = 17,
}
