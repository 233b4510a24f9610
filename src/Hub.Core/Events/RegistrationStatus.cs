namespace Hub.Core.Events;

public enum RegistrationStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Withdrawn = 3,
}
