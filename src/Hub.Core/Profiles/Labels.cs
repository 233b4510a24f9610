namespace Hub.Core.Profiles;

/// <summary>Words people read for the domain's enumerations, kept in one place so every page says the same thing.</summary>
public static class Labels
{
    public static string Of(ProfileKind kind) => kind switch
    {
        ProfileKind.Startup => "Startup",
        ProfileKind.Investor => "Investor",
        ProfileKind.Researcher => "Researcher / lab",
        ProfileKind.Company => "Company",
        ProfileKind.ComputeProvider => "Compute provider",
        _ => kind.ToString(),
    };

    public static string Of(Intent intent) => intent switch
    {
        Intent.Funding => "Funding",
        Intent.Investment => "Investment opportunities",
        Intent.ResearchPartner => "Research partner",
        Intent.IndustryPartner => "Industry partner",
        Intent.PilotCustomer => "Pilot customer",
        Intent.Compute => "Compute",
        Intent.Talent => "Talent",
        Intent.Data => "Data",
        _ => string.Join(", ", Each(intent).Select(Of)),
    };

    public static string Of(Stages stage) => stage switch
    {
        Stages.PreSeed => "Pre-seed",
        Stages.Seed => "Seed",
        Stages.SeriesA => "Series A",
        Stages.SeriesB => "Series B",
        Stages.Growth => "Growth",
        Stages.None => "None",
        _ => string.Join(", ", Each(stage).Select(Of)),
    };

    public static string Of(RevenueBand band) => band switch
    {
        RevenueBand.PreRevenue => "Pre-revenue",
        RevenueBand.UpTo100k => "Up to €100k",
        RevenueBand.UpTo1M => "€100k – €1M",
        RevenueBand.UpTo10M => "€1M – €10M",
        RevenueBand.Over10M => "Over €10M",
        _ => band.ToString(),
    };

    public static string Of(InvestorType type) => type switch
    {
        InvestorType.BusinessAngel => "Business angel",
        InvestorType.VentureCapital => "Venture capital",
        InvestorType.CorporateVenture => "Corporate venture",
        InvestorType.PublicFund => "Public fund",
        InvestorType.FamilyOffice => "Family office",
        _ => type.ToString(),
    };

    public static string Of(CollaborationTypes type) => type switch
    {
        CollaborationTypes.ContractResearch => "Contract research",
        CollaborationTypes.JointProject => "Joint project",
        CollaborationTypes.PhdOrPostdoc => "PhD / postdoc",
        CollaborationTypes.Licensing => "Licensing",
        CollaborationTypes.Consulting => "Consulting",
        CollaborationTypes.None => "None",
        _ => string.Join(", ", Each(type).Select(Of)),
    };

    public static string Of(CompanySize size) => size switch
    {
        CompanySize.Micro => "Micro (< 10)",
        CompanySize.Small => "Small (10–49)",
        CompanySize.Medium => "Medium (50–249)",
        CompanySize.Large => "Large (250+)",
        _ => size.ToString(),
    };

    public static string Of(AiMaturity maturity) => maturity switch
    {
        AiMaturity.Exploring => "Exploring",
        AiMaturity.Piloting => "Piloting",
        AiMaturity.Deploying => "Deploying",
        AiMaturity.Scaling => "Scaling",
        _ => maturity.ToString(),
    };

    public static string Of(ProviderType type) => type switch
    {
        ProviderType.AiFactory => "AI Factory",
        ProviderType.HpcCentre => "HPC centre",
        ProviderType.DataCentre => "Data centre",
        ProviderType.Cloud => "Cloud",
        _ => type.ToString(),
    };

    public static string Of(Taxonomy.TagFacet facet) => facet switch
    {
        Taxonomy.TagFacet.Sector => "Sectors",
        Taxonomy.TagFacet.AiDomain => "AI domains",
        _ => "Technologies",
    };

    /// <summary>The kind in the plural, as lists and counts name it.</summary>
    public static string Plural(ProfileKind kind) => kind switch
    {
        ProfileKind.Startup => "Startups",
        ProfileKind.Investor => "Investors",
        ProfileKind.Researcher => "Researchers",
        ProfileKind.Company => "Companies",
        _ => "Compute providers",
    };

    /// <summary>The kind with its article, as a sentence names one: "a startup", "an investor".</summary>
    public static string KindSingular(ProfileKind kind) => kind switch
    {
        ProfileKind.Startup => "a startup",
        ProfileKind.Investor => "an investor",
        ProfileKind.Researcher => "a researcher",
        ProfileKind.Company => "a company",
        _ => "a compute provider",
    };

    /// <summary>Kinds as a sentence lists them: "startups, companies and researchers".</summary>
    public static string KindList(IEnumerable<ProfileKind> kinds)
    {
        var words = kinds.Distinct().Order().Select(k => Plural(k).ToLowerInvariant()).ToList();
        return words.Count switch
        {
            0 => "nobody",
            1 => words[0],
            _ => string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1],
        };
    }

    /// <summary>Splits a flags value into its single flags, lowest first.</summary>
    public static IEnumerable<T> Each<T>(T flags) where T : struct, Enum
    {
        var value = Convert.ToInt64(flags, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var candidate in Enum.GetValues<T>())
        {
            var bit = Convert.ToInt64(candidate, System.Globalization.CultureInfo.InvariantCulture);
            if (bit != 0 && (bit & (bit - 1)) == 0 && (value & bit) == bit)
            {
                yield return candidate;
            }
        }
    }

    /// <summary>Formats a euro amount compactly: €500k, €1.2M.</summary>
    public static string Euros(long? amount) => amount switch
    {
        null => "–",
        >= 1_000_000 => $"€{amount.Value / 1_000_000m:0.##}M",
        >= 1_000 => $"€{amount.Value / 1_000m:0.##}k",
        _ => $"€{amount.Value}",
    };
}
