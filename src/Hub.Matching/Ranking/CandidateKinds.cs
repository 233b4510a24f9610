using Hub.Core.Profiles;

namespace Hub.Matching.Ranking;

/// <summary>Which kinds of profile answer which need: the "For you" page has one list per need.</summary>
public static class CandidateKinds
{
    public static IReadOnlyList<ProfileKind> For(Intent need, ProfileKind seekerKind) => need switch
    {
        Intent.Funding => [ProfileKind.Investor],
        Intent.Investment => [ProfileKind.Startup],
        Intent.ResearchPartner => [ProfileKind.Researcher],
        Intent.IndustryPartner => seekerKind == ProfileKind.Company ? [ProfileKind.Startup] : [ProfileKind.Company, ProfileKind.Startup],
        Intent.PilotCustomer => [ProfileKind.Company],
        Intent.Compute => [ProfileKind.ComputeProvider],
        Intent.Talent => [ProfileKind.Researcher],
        Intent.Data => [ProfileKind.Company, ProfileKind.Researcher],
        _ => [],
    };

    /// <summary>The needs to show lists for: what the profile seeks, or for kinds that seek little, what their kind looks for.</summary>
    public static IReadOnlyList<Intent> NeedsOf(ProfileKind kind, Intent seeks)
    {
        var needs = Labels.Each(seeks).Where(n => For(n, kind).Count > 0).ToList();
        if (kind == ProfileKind.Investor && !needs.Contains(Intent.Investment))
        {
            needs.Insert(0, Intent.Investment);
        }

        if (kind == ProfileKind.Company && !needs.Contains(Intent.IndustryPartner))
        {
            needs.Insert(0, Intent.IndustryPartner);
        }

        if (kind == ProfileKind.Researcher && !needs.Contains(Intent.IndustryPartner))
        {
            needs.Insert(0, Intent.IndustryPartner);
        }

        return needs;
    }

    public static string Heading(Intent need) => need switch
    {
        Intent.Funding => "Investors for your round",
        Intent.Investment => "Startups that fit your thesis",
        Intent.ResearchPartner => "Research partners",
        Intent.IndustryPartner => "Industry partners",
        Intent.PilotCustomer => "Pilot customers",
        Intent.Compute => "GPU compute",
        Intent.Talent => "Talent and expertise",
        Intent.Data => "Data partners",
        _ => Labels.Of(need),
    };
}
