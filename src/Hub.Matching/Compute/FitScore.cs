namespace Hub.Matching.Compute;

/// <summary>
/// The parts of a compute fit's score, each 0–1, and the weights that add them up to a 0–1 score.
/// Coverage weighs most because hours are what a need is about; the rest separates offers that give similar hours.
/// docs/compute-matching.md explains each part; change the weights there too.
/// </summary>
/// <param name="Coverage">Hours the offer can give over the need's remaining months, divided by the hours still needed.</param>
/// <param name="Cost">1 for free access; a paid offer scores less the more of the budget it takes, and less still over it.</param>
/// <param name="Residency">1 when the data stays where the need wants it best (Luxembourg for a Luxembourg or EU need); 0.5 elsewhere in the EU for an EU need.</param>
/// <param name="Speed">1 when decided as applications come; an access call less the further off its next cut-off is.</param>
/// <param name="Memory">0.5 when the GPUs just fit the need's memory, up to 1 with twice that memory or more.</param>
/// <param name="Certification">For personal or special-category data: 1 with ISO 27001, 0.5 with other certifications, 0 with none; otherwise 1.</param>
/// <param name="JobLimits">0.5 when a training need meets a job limit under a day; otherwise 1.</param>
public sealed record FitScore(double Coverage, double Cost, double Residency, double Speed, double Memory, double Certification, double JobLimits)
{
    public const double CoverageWeight = 0.40;
    public const double CostWeight = 0.15;
    public const double ResidencyWeight = 0.10;
    public const double SpeedWeight = 0.10;
    public const double MemoryWeight = 0.10;
    public const double CertificationWeight = 0.10;
    public const double JobLimitsWeight = 0.05;

    /// <summary>The weighted sum, 0–1.</summary>
    public double Total =>
        (CoverageWeight * Coverage) + (CostWeight * Cost) + (ResidencyWeight * Residency) + (SpeedWeight * Speed)
        + (MemoryWeight * Memory) + (CertificationWeight * Certification) + (JobLimitsWeight * JobLimits);
}
