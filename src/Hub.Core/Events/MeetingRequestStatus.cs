namespace Hub.Core.Events;

public enum MeetingRequestStatus
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    Withdrawn = 3,
    Expired = 4,
}
