using System.Numerics;
using Hub.Core.Profiles;

namespace Hub.Matching.Features;

/// <summary>Computes pair features. Pure and allocation-free apart from the output span, so it can run over 100,000 candidates.</summary>
public static class PairFeatures
{
    public const int Count = 11;

    public static readonly string[] Names = Enum.GetNames<MatchFeature>();

    public static float[] Compute(MatchProfile seeker, MatchProfile candidate)
    {
        var features = new float[Count];
        Compute(seeker, candidate, features);
        return features;
    }

    public static void Compute(MatchProfile seeker, MatchProfile candidate, Span<float> f) => Compute(seeker, candidate, f, null);

    /// <summary>As <see cref="Compute(MatchProfile, MatchProfile, Span{float})"/>, with the seeker's text as a dense
    /// vector (see <see cref="SparseVector.ToDense"/>) when many candidates are scored for one seeker.</summary>
    public static void Compute(MatchProfile seeker, MatchProfile candidate, Span<float> f, float[]? seekerText)
    {
        f[(int)MatchFeature.SectorOverlap] = Overlap(seeker.Sectors, candidate.Sectors);
        f[(int)MatchFeature.DomainOverlap] = Overlap(seeker.Domains, candidate.Domains);
        f[(int)MatchFeature.TechnologyOverlap] = Overlap(seeker.Technologies, candidate.Technologies);
        f[(int)MatchFeature.TextSimilarity] = seekerText is null ? seeker.Text.Dot(candidate.Text) : candidate.Text.Dot(seekerText);
        f[(int)MatchFeature.IntentFit] = IntentFit(seeker, candidate);
        var (investor, startup) = InvestorAndStartup(seeker, candidate);
        f[(int)MatchFeature.StageFit] = investor is null ? 0f : StageFit(investor, startup!);
        f[(int)MatchFeature.TicketFit] = investor is null ? 0f : TicketFit(investor, startup!);
        f[(int)MatchFeature.GeographyFit] = investor is null ? PlaceFit(seeker, candidate) : InvestorGeographyFit(investor, startup!);
        f[(int)MatchFeature.ComputeFit] = ComputeFit(seeker, candidate);
        f[(int)MatchFeature.Responsiveness] = candidate.Responsiveness;
        f[(int)MatchFeature.Load] = candidate.PendingRequests / (candidate.PendingRequests + 5f);
    }

    /// <summary>
    /// The reverse pair's features from the forward ones: overlaps, text similarity, stage, ticket and place are
    /// symmetric, so only intent, compute fit and the candidate-side behaviour are recomputed.
    /// </summary>
    public static void Reverse(MatchProfile seeker, MatchProfile candidate, ReadOnlySpan<float> forward, Span<float> backward)
    {
        forward.CopyTo(backward);
        backward[(int)MatchFeature.IntentFit] = IntentFit(candidate, seeker);
        backward[(int)MatchFeature.ComputeFit] = ComputeFit(candidate, seeker);
        var (investor, startup) = InvestorAndStartup(seeker, candidate);
        if (investor is null)
        {
            backward[(int)MatchFeature.GeographyFit] = PlaceFit(candidate, seeker);
        }

        backward[(int)MatchFeature.Responsiveness] = seeker.Responsiveness;
        backward[(int)MatchFeature.Load] = seeker.PendingRequests / (seeker.PendingRequests + 5f);
    }

    /// <summary>Overlap coefficient |A∩B| / min(|A|,|B|): one shared sector matters as much for a focused profile as for a broad one.</summary>
    public static float Overlap(ulong a, ulong b)
    {
        var smaller = Math.Min(BitOperations.PopCount(a), BitOperations.PopCount(b));
        return smaller == 0 ? 0f : BitOperations.PopCount(a & b) / (float)smaller;
    }

    /// <summary>Share of what the seeker seeks that the candidate offers (funding is met by investment and vice versa).</summary>
    public static float IntentFit(MatchProfile seeker, MatchProfile candidate)
    {
        var seeks = seeker.Seeks;
        if (seeks == Intent.None)
        {
            return 0f;
        }

        var offers = Equivalent(candidate.Offers);
        return BitOperations.PopCount((uint)(seeks & offers)) / (float)BitOperations.PopCount((uint)seeks);
    }

    /// <summary>Investors "offer investment" and startups "seek funding": the two words name one exchange.</summary>
    private static Intent Equivalent(Intent offers) =>
        offers | ((offers & Intent.Investment) != 0 ? Intent.Funding : Intent.None) | ((offers & Intent.Funding) != 0 ? Intent.Investment : Intent.None);

    public static (MatchProfile? Investor, MatchProfile? Startup) InvestorAndStartup(MatchProfile a, MatchProfile b) =>
        (a.Kind, b.Kind) switch
        {
            (ProfileKind.Investor, ProfileKind.Startup) => (a, b),
            (ProfileKind.Startup, ProfileKind.Investor) => (b, a),
            _ => (null, null),
        };

    /// <summary>1 when the investor funds the startup's stage, 0.5 for the neighbouring stage, else 0.</summary>
    public static float StageFit(MatchProfile investor, MatchProfile startup)
    {
        if (startup.Stage is not { } stage || investor.InvestorStages == Stages.None)
        {
            return 0f;
        }

        if ((investor.InvestorStages & stage) != 0)
        {
            return 1f;
        }

        var neighbours = (Stages)(((int)stage << 1) | ((int)stage >> 1));
        return (investor.InvestorStages & neighbours) != 0 ? 0.5f : 0f;
    }

    /// <summary>1 when the raise lies in the ticket range, falling off with the ratio by which it misses.</summary>
    public static float TicketFit(MatchProfile investor, MatchProfile startup)
    {
        if (startup.RaiseTargetEur is not { } raise || raise <= 0 || investor.TicketMinEur is not { } min || investor.TicketMaxEur is not { } max)
        {
            return 0f;
        }

        // Investors usually take part of a round: a raise up to four times the largest ticket still fits.
        var upper = max * 4.0;
        if (raise >= min && raise <= upper)
        {
            return 1f;
        }

        var ratio = raise < min ? raise / (double)min : upper / raise;
        return (float)Math.Clamp(ratio * ratio, 0, 1);
    }

    public static float InvestorGeographyFit(MatchProfile investor, MatchProfile startup) =>
        investor.Geographies.Count == 0 ? 0.5f : Geography.AnyCovers(investor.Geographies, startup.Country) ? 1f : 0f;

    public static float PlaceFit(MatchProfile a, MatchProfile b) =>
        a.Country == b.Country ? 1f : Countries.Eu.Contains(a.Country) && Countries.Eu.Contains(b.Country) ? 0.5f : 0f;

    /// <summary>For a seeker of compute and a provider: eligibility by kind, SME and EU rules, EU data residency, capacity.</summary>
    public static float ComputeFit(MatchProfile seeker, MatchProfile candidate)
    {
        if (candidate.Compute is not { } compute || (seeker.Seeks & Intent.Compute) == 0)
        {
            return 0f;
        }

        var score = 0f;
        if (compute.EligibleKinds.Contains(seeker.Kind)) score += 0.4f;
        if (!compute.AllEuOnly || Countries.Eu.Contains(seeker.Country)) score += 0.2f;
        if (!compute.AllSmeOnly || seeker.IsSme) score += 0.1f;
        if (compute.Residencies.Any(Countries.Eu.Contains)) score += 0.15f;
        if (compute.GpuHours >= 5_000) score += 0.15f;
        return score;
    }
}
