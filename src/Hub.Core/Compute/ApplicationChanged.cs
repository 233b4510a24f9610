using Hub.Core.Live;

namespace Hub.Core.Compute;

/// <summary>
/// An application was submitted, reviewed, decided, changed or withdrawn: open application pages and queues reload it
/// (event "ApplicationChanged"). Sent to the members of the applicant's and the provider's profiles only.
/// </summary>
public sealed record ApplicationChanged(long ApplicationId, int OfferId, ApplicationStatus Status) : ILivePayload
{
    public static string Event => "ApplicationChanged";
}
