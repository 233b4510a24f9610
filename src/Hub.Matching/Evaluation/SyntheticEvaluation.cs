using Hub.Core.Profiles;
using Hub.Matching.Features;
using Hub.Matching.Learning;
using Hub.Matching.Ranking;

namespace Hub.Matching.Evaluation;

/// <summary>
/// Compares ranking methods on held-out seekers of a world with history: each held-out seeker's shown candidates are
/// re-ranked by each method and scored against what the seeker actually did.
/// </summary>
public static class SyntheticEvaluation
{
    public const string Random = "random";
    public const string Popularity = "popularity";
    public const string Content = "content-only";
    public const string LearnedOneSided = "learned one-sided";
    public const string LearnedReciprocal = "learned reciprocal";

    /// <param name="truth">
    /// The latent truths the signals were drawn from, if known: then each held-out seeker's top-10 cards (one-sided and
    /// reciprocal) are answered by their candidates through its answer model, and the mutual-accept rates reported.
    /// </param>
    public static QualityReport Run(MatchWorld world, IReadOnlyList<LabelSignal> signals, TrainingOptions? options = null, SyntheticPreferences? truth = null)
    {
        options ??= new TrainingOptions();
        var rows = TrainingSet.Build(world, signals);
        var training = RankingTrainer.Train(rows, version: 1, options);
        var model = training.Model;
        var content = new ContentScorer();
        var rng = new Random(options.Seed);

        // Popularity: how often a candidate drew a positive label in the training lists.
        var popularity = rows.Where(r => !RankingTrainer.IsHoldout(r.GroupId, options) && r.Label >= 2)
            .GroupBy(r => r.CandidateId).ToDictionary(g => g.Key, g => (double)g.Count());

        var methods = new Dictionary<string, Func<PairRow, double>>
        {
            [Random] = _ => rng.NextDouble(),
            [Popularity] = r => popularity.GetValueOrDefault(r.CandidateId),
            [Content] = r => content.Interest(r.Features),
            [LearnedOneSided] = r => model.RawScore(r.Features),
            [LearnedReciprocal] = r =>
            {
                var seeker = world.Find((int)r.GroupId)!;
                var candidate = world.Find((int)r.CandidateId)!;
                return Reciprocal.Combine(model.Interest(r.Features), model.Interest(PairFeatures.Compute(candidate, seeker)));
            },
        };

        var heldOut = rows.Where(r => RankingTrainer.IsHoldout(r.GroupId, options)).GroupBy(r => r.GroupId).ToList();
        var heldOutRows = heldOut.SelectMany(list => list).ToList();
        var scores = new List<MethodScore>();
        foreach (var (name, score) in methods)
        {
            // Each pair is scored once, for both measures: the random method must rank by the numbers it is judged on.
            var scored = heldOutRows.ToDictionary(r => r, score);
            scores.Add(new MethodScore(name, Metrics.Ndcg(heldOutRows, r => scored[r], 10),
                Metrics.Auc(heldOutRows.Select(r => (scored[r], r.Label >= 2)).ToList())));
        }

        var (startupCoverage, exposure) = Coverage(world, model);
        MutualAcceptRates? mutual = null;
        if (truth is not null)
        {
            var seekers = heldOut.Select(g => (int)g.Key).ToList();
            mutual = new MutualAcceptRates(
                MutualAcceptance.Rate(world, model, seekers, truth.AcceptedIntroductionProbability, reciprocal: false),
                MutualAcceptance.Rate(world, model, seekers, truth.AcceptedIntroductionProbability, reciprocal: true),
                MutualAcceptance.Ceiling(world, seekers, truth.AcceptedIntroductionProbability),
                seekers.Count);
        }

        return new QualityReport(rows.Select(r => r.GroupId).Distinct().Count(), heldOut.Count, scores, startupCoverage, exposure, training, mutual);
    }

    /// <summary>
    /// Share of startups that appear in at least one investor's top 20 (learned, reciprocal, load-aware, with exposure
    /// accumulating as lists are served), and the share of all candidates shown to anyone.
    /// </summary>
    public static (double StartupsInTop20, double ExposureCoverage) Coverage(MatchWorld world, IPairScorer scorer)
    {
        var exposure = new Dictionary<int, int>();
        var investors = world.Profiles.Where(p => p.Kind == ProfileKind.Investor).ToList();
        var startupCount = world.Profiles.Count(p => p.Kind == ProfileKind.Startup);
        // Hold back a startup once it has been shown more often than the average startup.
        var target = Math.Max(1, 20 * investors.Count / Math.Max(1, startupCount));
        foreach (var investor in investors)
        {
            var top = Recommender.Rank(world, scorer, new RankRequest
            {
                SeekerId = investor.Id, Kinds = [ProfileKind.Startup], Take = 20, Exposure = exposure, ExposureTarget = target,
            });
            foreach (var r in top)
            {
                exposure[r.CandidateId] = exposure.GetValueOrDefault(r.CandidateId) + 1;
            }
        }

        return (startupCount == 0 ? double.NaN : exposure.Count / (double)startupCount, exposure.Count / (double)Math.Max(1, startupCount));
    }
}
