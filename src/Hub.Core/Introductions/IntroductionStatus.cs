namespace Hub.Core.Introductions;

public enum IntroductionStatus
{
    Pending = 1,
    Accepted = 2,
    Declined = 3,
    Withdrawn = 4,
    Expired = 5,
}
