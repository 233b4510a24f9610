using System.Globalization;
using Hub.Core.Profiles;

namespace Hub.Core.Compute;

/// <summary>Words people read for the compute marketplace's enumerations and figures.</summary>
public static class ComputeLabels
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Of(AccessMode mode) => mode switch
    {
        AccessMode.AccessCall => "Access call (free, peer-reviewed)",
        AccessMode.FastLane => "Fast lane (small, decided within days)",
        _ => "Paid",
    };

    public static string Brief(AccessMode mode) => mode switch
    {
        AccessMode.AccessCall => "Access call",
        AccessMode.FastLane => "Fast lane",
        _ => "Paid",
    };

    public static string Of(OfferStatus status) => status switch
    {
        OfferStatus.Open => "Open",
        OfferStatus.Paused => "Paused",
        _ => "Closed",
    };

    public static string Of(Workload workload) => workload switch
    {
        Workload.Training => "Training",
        Workload.FineTuning => "Fine-tuning",
        Workload.Inference => "Inference",
        _ => "Data processing",
    };

    public static string Of(DataSensitivity sensitivity) => sensitivity switch
    {
        DataSensitivity.Public => "Public data",
        DataSensitivity.Confidential => "Confidential business data",
        DataSensitivity.Personal => "Personal data (GDPR)",
        _ => "Special-category or regulated data",
    };

    public static string Of(ResidencyRequirement residency) => residency switch
    {
        ResidencyRequirement.Luxembourg => "Must stay in Luxembourg",
        ResidencyRequirement.EuropeanUnion => "Must stay in the EU",
        _ => "Anywhere",
    };

    public static string Of(NeedStatus status) => status switch
    {
        NeedStatus.Open => "Open",
        NeedStatus.Met => "Met",
        _ => "Closed",
    };

    /// <summary>The status as the applicant and the provider both read it.</summary>
    public static string Of(ComputeApplication application) => application.Status switch
    {
        ApplicationStatus.Submitted => application.CutOff is { } cutOff ? $"Submitted, decided after {Day(cutOff)}" : "Waiting for a decision",
        ApplicationStatus.ChangesRequested => "Changes requested",
        ApplicationStatus.Approved => application.ApprovedInPart ? "Approved in part" : "Approved",
        ApplicationStatus.Rejected => "Rejected",
        _ => "Withdrawn",
    };

    /// <summary>"1,200".</summary>
    public static string Hours(long hours) => hours.ToString("#,0", English);

    /// <summary>"€2.90".</summary>
    public static string Price(decimal euros) => euros.ToString("€#,0.00", English);

    /// <summary>"€8,700".</summary>
    public static string Euros(decimal euros) => euros.ToString("€#,0", English);

    /// <summary>"15 January 2027".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", English);

    /// <summary>Where the data stays, by country code: "Luxembourg".</summary>
    public static string Residency(string countryCode) => Countries.NameOf(countryCode);
}
