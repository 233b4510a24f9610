using Hub.Core.Live;

namespace Hub.Core.Compute;

/// <summary>
/// An offer's free hours changed (an approval, a withdrawal, an edit of its capacity): open pages that show its
/// remaining hours reload them (event "CapacityChanged"). Sent to every signed-in user, as offers are public.
/// </summary>
public sealed record CapacityChanged(int OfferId) : ILivePayload
{
    public static string Event => "CapacityChanged";
}
