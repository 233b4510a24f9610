using Hub.Matching.Features;

namespace Hub.Matching.Learning;

/// <summary>
/// The latent truths behind the demo history (docs/matching.md): a hidden quality per profile and a hidden favourite
/// AI domain per seeker, with the interest and answer model the history is drawn from. Evaluations use the same model
/// to let candidates answer the cards a ranking shows.
/// </summary>
public sealed class SyntheticPreferences
{
    private SyntheticPreferences(IReadOnlyDictionary<int, double> quality, IReadOnlyDictionary<int, int> favourite)
    {
        Quality = quality;
        Favourite = favourite;
    }

    /// <summary>Hidden quality per profile, N(0, 0.6): others like them more, and they answer more.</summary>
    public IReadOnlyDictionary<int, double> Quality { get; }

    /// <summary>Each seeker's hidden favourite AI domain (a bit index of the domain facet).</summary>
    public IReadOnlyDictionary<int, int> Favourite { get; }

    /// <summary>Draws the truths from <paramref name="rng"/>: qualities first, then favourites, in profile order.</summary>
    public static SyntheticPreferences Draw(MatchWorld world, Random rng)
    {
        var quality = world.Profiles.ToDictionary(p => p.Id, _ => Normal(rng) * 0.6);
        var favourite = world.Profiles.ToDictionary(p => p.Id, _ => rng.Next(0, Math.Max(1, world.TagNames[1].Length)));
        return new SyntheticPreferences(quality, favourite);
    }

    /// <summary>Hand-set truths, for tests.</summary>
    public static SyntheticPreferences Of(IReadOnlyDictionary<int, double> quality, IReadOnlyDictionary<int, int> favourite) => new(quality, favourite);

    /// <summary>The seeker's true interest in the candidate, before noise.</summary>
    public double Utility(MatchProfile seeker, MatchProfile candidate)
    {
        var f = PairFeatures.Compute(seeker, candidate);
        double u = 0;
        for (var i = 0; i < f.Length; i++)
        {
            u += SyntheticHistory.LatentWeights[i] * f[i];
        }

        // Interaction the content score misses: stage matters only with a ticket that fits, and vice versa.
        u += 1.5 * f[(int)MatchFeature.StageFit] * f[(int)MatchFeature.TicketFit];
        if ((candidate.Domains & (1UL << Favourite[seeker.Id])) != 0)
        {
            u += 0.8;
        }

        return u + Quality[candidate.Id];
    }

    /// <summary>The chance that the candidate answers an introduction request at all: σ(1 + 2 quality).</summary>
    public double AnswerProbability(MatchProfile candidate) => Sigmoid(1.0 + (2 * Quality[candidate.Id]));

    /// <summary>The chance that the candidate, answering, accepts the seeker: σ(u_back − 2.2), u_back = own interest + quality.</summary>
    public double AcceptProbability(MatchProfile seeker, MatchProfile candidate) =>
        Sigmoid(Utility(candidate, seeker) + Quality[candidate.Id] - 2.2);

    /// <summary>The chance that a request from the seeker ends in an accepted introduction: answered, then accepted.</summary>
    public double AcceptedIntroductionProbability(MatchProfile seeker, MatchProfile candidate) =>
        AnswerProbability(candidate) * AcceptProbability(seeker, candidate);

    internal static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    internal static double Normal(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
