using System.Globalization;

namespace Hub.Web.Navigation;

/// <summary>Where the compute marketplace's pages live.</summary>
public static partial class Links
{
    public const string Compute = "/compute";

    public const string ComputeNeeds = "/compute/needs";

    public const string NewComputeNeed = "/compute/needs/new";

    /// <summary>The applications of the reader's profiles.</summary>
    public const string ComputeApplications = "/compute/applications";

    public static string Offer(int id) => $"/compute/offers/{Id(id)}";

    public static string EditOffer(int id) => $"/compute/offers/{Id(id)}/edit";

    /// <summary>The form to place an offer, for one of the reader's provider profiles when given.</summary>
    public static string NewOffer(int? providerId = null) =>
        providerId is { } id ? $"/compute/offers/new?provider={Id(id)}" : "/compute/offers/new";

    /// <summary>The application form for an offer, as one of the reader's profiles and, when it answers one, for a need.</summary>
    public static string ApplyForOffer(int offerId, int profileId, int? needId = null) =>
        needId is { } need
            ? $"/compute/offers/{Id(offerId)}/apply?profile={Id(profileId)}&need={Id(need)}"
            : $"/compute/offers/{Id(offerId)}/apply?profile={Id(profileId)}";

    public static string EditComputeNeed(int id) => $"/compute/needs/{Id(id)}/edit";

    /// <summary>A compute provider's dashboard: its offers, queue and allocations.</summary>
    public static string ProviderDashboard(int profileId) => $"/compute/provider/{Id(profileId)}";

    /// <summary>The dashboard showing one offer's figures, queue and allocations.</summary>
    public static string ProviderDashboard(int profileId, int offerId) => $"/compute/provider/{Id(profileId)}?offer={Id(offerId)}";

    /// <summary>A compute application, read by its applicant or by its provider.</summary>
    public static string ComputeApplication(long id) => $"/compute/applications/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string EditComputeApplication(long id) => $"{ComputeApplication(id)}/edit";

    /// <summary>The provider's allocations as CSV (the import's columns first).</summary>
    public static string ComputeAllocationsCsv(int profileId) => $"{ProviderDashboard(profileId)}/allocations.csv";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
