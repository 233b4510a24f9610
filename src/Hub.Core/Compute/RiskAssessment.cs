namespace Hub.Core.Compute;

/// <summary>
/// The AI Act self-assessment: a few yes/no questions that lead to a risk class, with the reasoning shown to the
/// applicant and the reviewers. It is a first orientation, not legal advice; the wording says so on the form.
/// </summary>
public sealed record RiskAssessment(AiRiskClass Class, IReadOnlyList<string> Reasoning)
{
    /// <summary>The questions in the order the form asks them, each with the answer it stands for.</summary>
    public static readonly IReadOnlyList<(RiskFactors Factor, string Question)> Questions =
    [
        (RiskFactors.ProhibitedPractice, "Does the system manipulate people, score them socially, scrape faces without a target, recognise emotions at work or school, or predict crime by profiling?"),
        (RiskFactors.Biometrics, "Does it identify people remotely by their biometrics, sort them into categories by biometrics, or recognise emotions?"),
        (RiskFactors.CriticalInfrastructure, "Is it a safety component of critical infrastructure (energy, water, traffic, digital networks)?"),
        (RiskFactors.EducationOrEmployment, "Does it decide or help decide admissions, grades or exams, or hiring, promotion or monitoring of workers?"),
        (RiskFactors.EssentialServices, "Does it decide access to essential services: credit, life or health insurance, public benefits, emergency dispatch?"),
        (RiskFactors.LawEnforcementOrJustice, "Is it used for law enforcement, migration or border control, courts or elections?"),
        (RiskFactors.SafetyComponent, "Is it a safety component of a regulated product (medical device, machine, vehicle, toy)?"),
        (RiskFactors.InteractsWithPeople, "Do people talk to it directly (chatbot, voice assistant)?"),
        (RiskFactors.GeneratesContent, "Does it generate or alter text, images, audio or video that people will see?"),
        (RiskFactors.GeneralPurposeModel, "Will you train a general-purpose model that others build on?"),
    ];

    private static readonly (RiskFactors Factor, string Reason)[] HighRisk =
    [
        (RiskFactors.Biometrics, "biometrics (Annex III, point 1)"),
        (RiskFactors.CriticalInfrastructure, "critical infrastructure (Annex III, point 2)"),
        (RiskFactors.EducationOrEmployment, "education or employment (Annex III, points 3 and 4)"),
        (RiskFactors.EssentialServices, "access to essential services (Annex III, point 5)"),
        (RiskFactors.LawEnforcementOrJustice, "law enforcement, migration, justice or elections (Annex III, points 6 to 8)"),
        (RiskFactors.SafetyComponent, "a safety component of a regulated product (Article 6(1))"),
    ];

    public static RiskAssessment Of(RiskFactors answers)
    {
        var reasoning = new List<string>();
        AiRiskClass risk;
        if (answers.HasFlag(RiskFactors.ProhibitedPractice))
        {
            risk = AiRiskClass.Prohibited;
            reasoning.Add("Prohibited: the AI Act forbids this practice (Article 5), so no compute offer on the hub can accept it.");
        }
        else if (HighRisk.Where(h => answers.HasFlag(h.Factor)).Select(h => h.Reason).ToList() is { Count: > 0 } areas)
        {
            risk = AiRiskClass.High;
            reasoning.Add($"High risk because the system is used in {Join(areas)}: it needs risk management, data governance, logging, human oversight and a conformity assessment before it is placed on the market.");
        }
        else if (answers.HasFlag(RiskFactors.InteractsWithPeople) || answers.HasFlag(RiskFactors.GeneratesContent))
        {
            risk = AiRiskClass.Limited;
            reasoning.Add(answers.HasFlag(RiskFactors.InteractsWithPeople) && answers.HasFlag(RiskFactors.GeneratesContent)
                ? "Limited risk: people talk to the system and it generates content, so they must be told they deal with AI and its output must be marked (Article 50)."
                : answers.HasFlag(RiskFactors.InteractsWithPeople)
                    ? "Limited risk: people talk to the system, so they must be told they deal with AI (Article 50)."
                    : "Limited risk: the system generates content, which must be marked as made by AI (Article 50).");
        }
        else
        {
            risk = AiRiskClass.Minimal;
            reasoning.Add("Minimal risk: none of the uses the AI Act regulates applies; voluntary codes of conduct are enough.");
        }

        if (answers.HasFlag(RiskFactors.GeneralPurposeModel) && risk != AiRiskClass.Prohibited)
        {
            reasoning.Add("Training a general-purpose model adds the model provider's duties (Chapter V): technical documentation, a copyright policy and a summary of training content.");
        }

        return new RiskAssessment(risk, reasoning);
    }

    public static string Label(AiRiskClass risk) => risk switch
    {
        AiRiskClass.Minimal => "Minimal risk",
        AiRiskClass.Limited => "Limited risk",
        AiRiskClass.High => "High risk",
        _ => "Prohibited",
    };

    private static string Join(List<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
}
