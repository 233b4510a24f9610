using Hub.Core.Profiles;

namespace Hub.Core.Compute;

/// <summary>
/// Whether an applicant may apply to an offer: the offer's rules (kinds, SME, EU location, accepted AI Act risk) and
/// its state. Matching hides ineligible offers; the offer page and a refused application show the unmet findings.
/// </summary>
public sealed record Eligibility(IReadOnlyList<EligibilityFinding> Findings)
{
    public bool Eligible => Findings.All(f => f.Met);

    public IEnumerable<EligibilityFinding> Unmet => Findings.Where(f => !f.Met);

    /// <summary>The applicant-side reasons it is refused, in one sentence.</summary>
    public string WhyNotForApplicant => string.Join(" ", Unmet.Select(f => f.ForApplicant));

    /// <param name="risk">The project's risk class when known (an application); null when only the profile is checked.</param>
    public static Eligibility Check(ComputeOffer offer, Applicant applicant, AiRiskClass? risk = null)
    {
        var findings = new List<EligibilityFinding>();
        var kind = Labels.KindSingular(applicant.Kind);
        var kinds = Labels.KindList(offer.EligibleKinds);
        findings.Add(offer.EligibleKinds.Contains(applicant.Kind)
            ? new(true, $"You're {kind}: the offer is open to {kinds}.", $"They're {kind}: your offer is open to {kinds}.")
            : new(false, $"The offer is open to {kinds} only, and you're {kind}.", $"Your offer is open to {kinds} only, and they're {kind}."));

        if (offer.SmeOnly)
        {
            findings.Add(applicant.IsSme
                ? new(true, "You're an SME, as the offer requires.", "They're an SME, as your offer requires.")
                : new(false, "The offer is for SMEs only, and you're not one.", "Your offer is for SMEs only, and they're not one."));
        }

        if (offer.EuOnly)
        {
            var country = Countries.NameOf(applicant.Country);
            findings.Add(applicant.InEu
                ? new(true, $"You're based in the EU ({country}).", $"They're based in the EU ({country}).")
                : new(false, $"The offer is for applicants based in the EU, and you're in {country}.", $"Your offer is for applicants based in the EU, and they're in {country}."));
        }

        if (risk is { } r)
        {
            findings.Add(RiskFinding(offer, r));
        }

        if (offer.Status != OfferStatus.Open)
        {
            findings.Add(offer.Status == OfferStatus.Paused
                ? new(false, "The provider has paused the offer: it takes no applications for now.", "Your offer is paused.")
                : new(false, "The offer is closed.", "Your offer is closed."));
        }

        return new Eligibility(findings);
    }

    /// <summary>Whether the offer accepts projects of the risk class.</summary>
    public static EligibilityFinding RiskFinding(ComputeOffer offer, AiRiskClass risk)
    {
        var label = RiskAssessment.Label(risk).ToLowerInvariant();
        return risk != AiRiskClass.Prohibited && offer.AcceptedRiskClasses.Contains(risk)
            ? new(true, $"The provider accepts {label} projects.", $"You accept {label} projects.")
            : risk == AiRiskClass.Prohibited
                ? new(false, "The AI Act prohibits this practice; no offer can accept it.", "The AI Act prohibits this practice.")
                : new(false, $"The provider doesn't accept {label} projects on this offer.", $"You don't accept {label} projects on this offer.");
    }
}
