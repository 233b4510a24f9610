namespace Hub.Core.Profiles;

/// <summary>Where an invitation to manage a profile stands. An expired invitation stays <see cref="Pending"/> past its expiry.</summary>
public enum InvitationStatus
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    Withdrawn = 3,
}
