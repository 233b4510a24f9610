using Hub.Core.Compute;
using Hub.Core.Profiles;

namespace Hub.Core.Tests.Compute;

/// <summary>The AI Act self-assessment and the offers' eligibility rules, worded for each reader.</summary>
public class RiskAndEligibilityTests
{
    [Fact]
    public void NoRegulatedUseIsMinimalRisk() =>
        Assert.Equal(AiRiskClass.Minimal, RiskAssessment.Of(RiskFactors.None).Class);

    [Fact]
    public void AnAnnexThreeUseIsHighRiskAndTheReasoningNamesTheAreas()
    {
        var risk = RiskAssessment.Of(RiskFactors.EducationOrEmployment | RiskFactors.EssentialServices | RiskFactors.InteractsWithPeople);

        Assert.Equal(AiRiskClass.High, risk.Class);
        Assert.StartsWith("High risk because the system is used in education or employment (Annex III, points 3 and 4) and access to essential services (Annex III, point 5):", risk.Reasoning[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AChatbotThatGeneratesContentIsLimitedRiskWithBothTransparencyDuties()
    {
        var risk = RiskAssessment.Of(RiskFactors.InteractsWithPeople | RiskFactors.GeneratesContent);

        Assert.Equal(AiRiskClass.Limited, risk.Class);
        Assert.Contains("they must be told they deal with AI and its output must be marked (Article 50)", risk.Reasoning[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AProhibitedPracticeWinsOverEveryOtherAnswer()
    {
        var risk = RiskAssessment.Of(RiskFactors.ProhibitedPractice | RiskFactors.Biometrics | RiskFactors.GeneralPurposeModel);

        Assert.Equal(AiRiskClass.Prohibited, risk.Class);
        Assert.Single(risk.Reasoning);
    }

    [Fact]
    public void TrainingAGeneralPurposeModelAddsTheModelProvidersDutiesWithoutChangingTheClass()
    {
        var risk = RiskAssessment.Of(RiskFactors.GeneralPurposeModel);

        Assert.Equal(AiRiskClass.Minimal, risk.Class);
        Assert.Contains("Chapter V", risk.Reasoning[1], StringComparison.Ordinal);
    }

    private static ComputeOffer Offer() => new()
    {
        Title = "Call", Accelerator = "A100", DataResidency = "LU", EligibleKinds = [ProfileKind.Startup, ProfileKind.Company], SmeOnly = true, EuOnly = true,
    };

    [Fact]
    public void AnEligibleStartupReadsWhyInItsOwnVoiceAndTheProviderInTheirs()
    {
        var eligibility = Eligibility.Check(Offer(), new Applicant(1, "Orbi", ProfileKind.Startup, "LU", IsSme: true));

        Assert.True(eligibility.Eligible);
        Assert.Equal(
            ["You're a startup: the offer is open to startups and companies.", "You're an SME, as the offer requires.", "You're based in the EU (Luxembourg)."],
            eligibility.Findings.Select(f => f.ForApplicant));
        Assert.Equal("They're a startup: your offer is open to startups and companies.", eligibility.Findings[0].ForProvider);
    }

    [Fact]
    public void ALargeCompanyOutsideTheEuIsRefusedForEachRuleItFails()
    {
        var eligibility = Eligibility.Check(Offer(), new Applicant(2, "Big", ProfileKind.Company, "US", IsSme: false));

        Assert.False(eligibility.Eligible);
        Assert.Equal("The offer is for SMEs only, and you're not one. The offer is for applicants based in the EU, and you're in United States.", eligibility.WhyNotForApplicant);
    }

    [Fact]
    public void CompaniesAreSmesUnlessTheySayTheyAreLargeAndResearchersAreNot()
    {
        static Profile P(ProfileKind kind, CompanySize? size) => new() { Kind = kind, Name = "x", Headline = "x", Country = "LU", CompanySize = size };

        Assert.True(Applicant.Of(P(ProfileKind.Company, CompanySize.Medium)).IsSme);
        Assert.False(Applicant.Of(P(ProfileKind.Company, CompanySize.Large)).IsSme);
        Assert.True(Applicant.Of(P(ProfileKind.Startup, null)).IsSme);
        Assert.False(Applicant.Of(P(ProfileKind.Researcher, null)).IsSme);
    }

    [Fact]
    public void AnOfferNeedsWhatItsAccessModeNeeds()
    {
        var fastLane = ComputeOfferInput.Validate(Tests.Compute.ComputeKit.Offer(i => { i.AccessMode = AccessMode.FastLane; i.PricePerGpuHourEur = null; }));
        var call = ComputeOfferInput.Validate(Tests.Compute.ComputeKit.Offer(i => { i.AccessMode = AccessMode.AccessCall; i.PricePerGpuHourEur = null; }));
        var paid = ComputeOfferInput.Validate(Tests.Compute.ComputeKit.Offer(i => i.PricePerGpuHourEur = null));

        Assert.Equal("The fast lane is for small allocations: set the most hours a month one application may ask for.", fastLane[nameof(ComputeOfferInput.MaxHoursPerMonth)].Single());
        Assert.Equal("An access call needs at least one cut-off date.", call[nameof(ComputeOfferInput.CutOffs)].Single());
        Assert.Equal("A paid offer needs a price per GPU-hour above zero.", paid[nameof(ComputeOfferInput.PricePerGpuHourEur)].Single());
        Assert.Empty(ComputeOfferInput.Validate(Tests.Compute.ComputeKit.Offer()));
    }
}
