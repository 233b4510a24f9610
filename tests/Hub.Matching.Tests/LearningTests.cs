using Hub.Matching.Features;
using Hub.Matching.Learning;
using Hub.Matching.Ranking;

namespace Hub.Matching.Tests;

/// <summary>One trained model on the demo world's synthetic history, shared by the learning tests.</summary>
public sealed class TrainedDemoModel
{
    public TrainedDemoModel()
    {
        Rows = TrainingSet.Build(Worlds.Demo, Worlds.DemoHistory);
        Result = RankingTrainer.Train(Rows, version: 1, new TrainingOptions { ComputeImportance = true });
    }

    public List<PairRow> Rows { get; }

    public TrainingResult Result { get; }
}

public class LearningTests(TrainedDemoModel trained) : IClassFixture<TrainedDemoModel>
{
    [Fact]
    public void TheFastScorerGivesMlNetsOwnScores()
    {
        var sample = trained.Rows.Take(2_000).ToList();
        // Add pairs the model never saw, including all-zero and extreme feature vectors.
        var rng = new Random(3);
        sample.AddRange(Enumerable.Range(0, 500).Select(_ => new PairRow
        {
            Features = Enumerable.Range(0, PairFeatures.Count).Select(_ => rng.NextDouble() < 0.3 ? 0f : (float)rng.NextDouble()).ToArray(),
        }));
        sample.Add(new PairRow { Features = new float[PairFeatures.Count] });

        var reference = trained.Result.Model.ScoreWithMlNet(sample);
        for (var i = 0; i < sample.Count; i++)
        {
            Assert.InRange(Math.Abs(reference[i] - trained.Result.Model.RawScore(sample[i].Features)), 0, 1e-4);
        }
    }

    [Fact]
    public void TheModelLearnsSomethingTheContentScoreDoesNot()
    {
        // Same held-out seekers, same labels: the learned ranking must beat the content score it starts from, clearly.
        var learned = trained.Result.HoldoutNdcg10;
        var content = trained.Result.ContentNdcg10;
        Assert.True(learned > content + 0.05, $"learned NDCG@10 {learned:F3} vs content score {content:F3}");
        Assert.True(trained.Result.PermutationImportance.Values.Max() > 0);
    }

    [Fact]
    public void ExplanationsComeFromTheModelsFeatureContributions()
    {
        var model = trained.Result.Model;
        var content = new ContentScorer();
        var differs = 0;
        foreach (var row in trained.Rows.Where(r => r.Label >= 3).Take(60))
        {
            var seeker = Worlds.Demo.Find((int)row.GroupId)!;
            var candidate = Worlds.Demo.Find((int)row.CandidateId)!;
            var features = PairFeatures.Compute(seeker, candidate);
            var byModel = new float[PairFeatures.Count];
            model.Contributions(features, byModel);
            var byContent = new float[PairFeatures.Count];
            content.Contributions(features, byContent);

            var reasons = Explanations.Explain(Worlds.Demo, seeker, candidate, features, byModel);

            // Every reason carries the model's own contribution for its fact (stage and ticket read as one, summed)...
            foreach (var reason in reasons)
            {
                var expected = byModel[(int)reason.Feature];
                if (reason.Feature == MatchFeature.TicketFit && reason.Text.Contains(" at ", StringComparison.Ordinal) && byModel[(int)MatchFeature.StageFit] > 1e-3f)
                {
                    expected += byModel[(int)MatchFeature.StageFit];
                }

                Assert.Equal(expected, reason.Contribution, 5);
                Assert.True(reason.Contribution > 0);
            }

            // ...and the reasons are the model's largest terms, in the model's order, not the content score's.
            Assert.Equal(reasons.OrderByDescending(r => r.Contribution).Select(r => r.Feature), reasons.Select(r => r.Feature));
            var contentReasons = Explanations.Explain(Worlds.Demo, seeker, candidate, features, byContent);
            if (!contentReasons.Select(r => r.Feature).SequenceEqual(reasons.Select(r => r.Feature)))
            {
                differs++;
            }
        }

        Assert.True(differs > 0, "the model's reasons never differed from the content score's: they would not show what the model learned");
    }

    [Fact]
    public void ASavedAndReloadedModelScoresTheSame()
    {
        var model = trained.Result.Model;
        var reloaded = RankingModel.Load(model.Save(), 2, model.Scale);
        foreach (var row in trained.Rows.Take(200))
        {
            Assert.Equal(model.RawScore(row.Features), reloaded.RawScore(row.Features), 5);
            Assert.Equal(model.Interest(row.Features), reloaded.Interest(row.Features), 5);
        }
    }

    [Fact]
    public void InterestIsCalibratedOnTheTrainingPairs()
    {
        var model = trained.Result.Model;
        var training = trained.Rows.Where(r => !RankingTrainer.IsHoldout(r.GroupId, new TrainingOptions())).ToList();
        Assert.Equal(trained.Result.TrainingPairs, training.Count);
        Assert.Equal(ScoreScale.Of(training.Select(r => model.RawScore(r.Features))), model.Scale);
        // Centred: about half the training pairs are more interesting than the middle of the scale.
        Assert.InRange(training.Average(r => model.Interest(r.Features)), 0.4, 0.6);
    }

    [Fact]
    public void TrainingRefusesFeedbackWithoutVariety()
    {
        var flat = trained.Rows.Take(50).Select(r => new PairRow { GroupId = r.GroupId, Label = 1, Features = r.Features }).ToList();
        Assert.Throws<InvalidOperationException>(() => RankingTrainer.Train(flat, 1));
    }

    [Fact]
    public void LabelsAreTheBestThingThatHappenedToThePair()
    {
        var world = Worlds.Demo;
        var a = world.Profiles[0].Id;
        var b = world.Profiles[1].Id;
        var c = world.Profiles[2].Id;
        var rows = TrainingSet.Build(world,
        [
            new LabelSignal(a, b, Hub.Core.Recommendations.SignalKind.Impression),
            new LabelSignal(a, b, Hub.Core.Recommendations.SignalKind.Viewed),
            new LabelSignal(a, b, Hub.Core.Recommendations.SignalKind.IntroductionAccepted),
            new LabelSignal(a, c, Hub.Core.Recommendations.SignalKind.Dismissed),
        ]);
        Assert.Equal(3f, rows.Single(r => r.CandidateId == b).Label);
        Assert.Equal(0f, rows.Single(r => r.CandidateId == c).Label);
    }
}

public class BatchContributionTests(TrainedDemoModel trained) : IClassFixture<TrainedDemoModel>
{
    [Fact]
    public void APageOfContributionsEqualsOneAtATime()
    {
        var rows = trained.Rows.Take(20).Select(r => r.Features).ToList();
        var batch = trained.Result.Model.Contributions(rows);
        var single = new float[PairFeatures.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            trained.Result.Model.Contributions(rows[i], single);
            for (var f = 0; f < PairFeatures.Count; f++)
            {
                Assert.InRange(Math.Abs(batch[i][f] - single[f]), 0, 1e-5);
            }
        }
    }
}
