namespace Hub.Core.Profiles;

/// <summary>
/// Every kind-specific field of a profile, each declared once, in the order the wizard and the profile page show them.
/// Copying between a profile and the wizard's input, clearing the fields of other kinds, the profile page's key facts,
/// the wizard's "details" step and the text columns' lengths all come from here. Rules live in
/// <see cref="ProfileInputValidator"/>, filed under each field's <see cref="ProfileField.Name"/>.
/// </summary>
public static class ProfileFieldCatalogue
{
    public static IReadOnlyList<ProfileField> All { get; } =
    [
        // Startup
        new ChoiceField<Stages>(ProfileKind.Startup, d => d.Stage, Labels.Of)
        {
            Label = "Stage", Fact = "Stage", ElementId = "startup-stage", Columns = 6,
        },
        new EuroField(ProfileKind.Startup, d => d.RaiseTargetEur)
        {
            Label = "Raise target (EUR)", Fact = "Raising", ElementId = "startup-raise", Columns = 6, Max = ProfileLimits.MaxEuros,
        },
        new WholeNumberField(ProfileKind.Startup, d => d.FoundedYear)
        {
            Label = "Founded (year)", Fact = "Founded", ElementId = "startup-founded",
        },
        new WholeNumberField(ProfileKind.Startup, d => d.TeamSize)
        {
            Label = "Team size", Fact = "Team", ElementId = "startup-team", Min = 1, Describe = n => $"{n} people",
        },
        new ChoiceField<RevenueBand>(ProfileKind.Startup, d => d.RevenueBand, Labels.Of)
        {
            Label = "Revenue", Fact = "Revenue", ElementId = "startup-revenue", Clearable = true,
        },

        // Investor
        new ChoiceField<InvestorType>(ProfileKind.Investor, d => d.InvestorType, Labels.Of)
        {
            Label = "Investor type", Fact = "Type", ElementId = "investor-type",
        },
        new EuroField(ProfileKind.Investor, d => d.TicketMinEur)
        {
            // The range is one fact, stated even while unknown.
            Label = "Smallest ticket (EUR)", Fact = "Ticket", ElementId = "investor-min",
            FactText = d => $"{Labels.Euros(d.TicketMinEur)} – {Labels.Euros(d.TicketMaxEur)}",
        },
        new EuroField(ProfileKind.Investor, d => d.TicketMaxEur)
        {
            Label = "Largest ticket (EUR)", ElementId = "investor-max",
        },
        new FlagsField<Stages>(ProfileKind.Investor, d => d.InvestorStages, Labels.Of)
        {
            Label = "Stages you invest in", Fact = "Stages", ElementId = "investor-stages", Tone = FieldTone.Sought,
        },
        new ListField(ProfileKind.Investor, d => d.Geographies,
            ["LU", "Greater Region", "Benelux", "FR", "DE", "BE", "NL", "DACH", "Nordics", "EU", "Global"])
        {
            Label = "Geographies", Fact = "Geographies", ElementId = "investor-geographies", Describe = Countries.NameOf,
        },

        // Researcher
        new TextField(ProfileKind.Researcher, d => d.Institution)
        {
            Label = "Institution", Fact = "Institution", ElementId = "researcher-institution", Columns = 6,
        },
        new TextField(ProfileKind.Researcher, d => d.ResearchField)
        {
            Label = "Field", Fact = "Field", ElementId = "researcher-field", Columns = 6,
        },
        new WholeNumberField(ProfileKind.Researcher, d => d.TrlMin)
        {
            Label = "Lowest TRL", Fact = "Readiness levels", ElementId = "researcher-trl-min", Columns = 3, Min = 1, Max = 9,
            FactText = d => d.TrlMin is null ? null : $"TRL {d.TrlMin}–{d.TrlMax}",
        },
        new WholeNumberField(ProfileKind.Researcher, d => d.TrlMax)
        {
            Label = "Highest TRL", ElementId = "researcher-trl-max", Columns = 3, Min = 1, Max = 9,
        },
        new FlagsField<CollaborationTypes>(ProfileKind.Researcher, d => d.CollaborationTypes, Labels.Of)
        {
            Label = "Ways to collaborate", Fact = "Collaboration", ElementId = "researcher-collaboration", Tone = FieldTone.Offered,
        },

        // Company
        new TextField(ProfileKind.Company, d => d.Industry)
        {
            Label = "Industry", Fact = "Industry", ElementId = "company-industry",
        },
        new ChoiceField<CompanySize>(ProfileKind.Company, d => d.CompanySize, Labels.Of)
        {
            Label = "Size", Fact = "Size", ElementId = "company-size",
        },
        new ChoiceField<AiMaturity>(ProfileKind.Company, d => d.AiMaturity, Labels.Of)
        {
            Label = "AI maturity", Fact = "AI maturity", ElementId = "company-ai-maturity",
        },

        // Compute provider (capacity is described in ComputeOffer rows)
        new ChoiceField<ProviderType>(ProfileKind.ComputeProvider, d => d.ProviderType, Labels.Of)
        {
            Label = "Provider type", Fact = "Provider type", ElementId = "provider-type",
        },
    ];

    private static readonly ILookup<ProfileKind, ProfileField> ByKind = All.ToLookup(f => f.Kind);

    /// <summary>The fields a kind of profile has, in the order they are shown.</summary>
    public static IEnumerable<ProfileField> Of(ProfileKind kind) => ByKind[kind];

    /// <summary>Copies every kind-specific field as it is (a profile into the wizard's input).</summary>
    public static void Copy(KindDetails from, KindDetails to)
    {
        foreach (var field in All)
        {
            field.Copy(from, to);
        }
    }

    /// <summary>Copies the fields of <paramref name="kind"/>, tidied, and empties those of every other kind.</summary>
    public static void Apply(ProfileKind kind, KindDetails from, KindDetails to)
    {
        foreach (var field in All)
        {
            if (field.Kind == kind)
            {
                field.Apply(from, to);
            }
            else
            {
                field.Clear(to);
            }
        }
    }

    /// <summary>The key facts of a profile of the given kind, as its page lists them.</summary>
    public static IEnumerable<(string Label, string Value)> FactsOf(ProfileKind kind, KindDetails details) =>
        Of(kind).Select(f => f.FactOf(details)).OfType<(string Label, string Value)>();
}
