using Hub.Core.Profiles;

namespace Hub.Core.Compute;

/// <summary>What eligibility rules look at in an applying profile.</summary>
public sealed record Applicant(int ProfileId, string Name, ProfileKind Kind, string Country, bool IsSme)
{
    public bool InEu => Countries.Eu.Contains(Country);

    /// <summary>
    /// Startups count as SMEs; a company does unless it says it is large; research organisations and investors do not
    /// (the EU's SME definition is about enterprises).
    /// </summary>
    public static Applicant Of(Profile profile) => new(profile.Id, profile.Name, profile.Kind, profile.Country,
        profile.Kind == ProfileKind.Startup || (profile.Kind == ProfileKind.Company && profile.CompanySize is not CompanySize.Large));

    /// <summary>Kinds that describe needs and apply for compute.</summary>
    public static readonly IReadOnlyList<ProfileKind> Kinds = [ProfileKind.Startup, ProfileKind.Researcher, ProfileKind.Company];
}
