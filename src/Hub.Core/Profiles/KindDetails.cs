namespace Hub.Core.Profiles;

/// <summary>
/// The fields that only one kind of profile has (a startup's stage, an investor's tickets, a lab's institution ...).
/// Declared once here and inherited by <see cref="Profile"/> (nullable columns on the profile row, which the directory
/// filters and indexes) and by <see cref="ProfileInput"/> (what the wizard edits), so neither mirrors the other.
/// Every property has one entry in <see cref="ProfileFieldCatalogue"/> that says which kind has it and how it is edited
/// and shown; a field of another kind is empty (null, None or no items).
/// </summary>
public abstract class KindDetails
{
    // Startup
    public Stages? Stage { get; set; }

    public int? FoundedYear { get; set; }

    public int? TeamSize { get; set; }

    public long? RaiseTargetEur { get; set; }

    public RevenueBand? RevenueBand { get; set; }

    // Investor (sectors are the profile's sector tags)
    public InvestorType? InvestorType { get; set; }

    public long? TicketMinEur { get; set; }

    public long? TicketMaxEur { get; set; }

    public Stages InvestorStages { get; set; }

    /// <summary>Where an investor invests: country codes or regions such as "Greater Region" and "EU".</summary>
    public List<string> Geographies { get; set; } = [];

    // Researcher
    public string? Institution { get; set; }

    public string? ResearchField { get; set; }

    /// <summary>Lowest technology readiness level (1–9) the lab works at.</summary>
    public int? TrlMin { get; set; }

    public int? TrlMax { get; set; }

    public CollaborationTypes CollaborationTypes { get; set; }

    // Company
    public string? Industry { get; set; }

    public CompanySize? CompanySize { get; set; }

    public AiMaturity? AiMaturity { get; set; }

    // Compute provider (its offers are ComputeOffer rows)
    public ProviderType? ProviderType { get; set; }
}
