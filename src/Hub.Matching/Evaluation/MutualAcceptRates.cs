namespace Hub.Matching.Evaluation;

/// <summary>
/// Share of top-10 cards that end in an accepted introduction (<see cref="MutualAcceptance"/>), per ranking, and the
/// ceiling no ranking of the same candidates can pass.
/// </summary>
public sealed record MutualAcceptRates(double OneSided, double Reciprocal, double Ceiling, int Seekers)
{
    /// <summary>How many times more often a reciprocal card ends accepted than a one-sided one.</summary>
    public double Ratio => Reciprocal / OneSided;
}
