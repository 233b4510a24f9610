using System.Collections.Concurrent;
using System.Text.Json;
using Hub.Cli;
using Hub.Matching.Evaluation;

namespace Hub.Matching.Tests;

/// <summary>Leave-events-out cross-validation, the learned model's features and its hyper-parameter search.</summary>
public class CrossValidationTests
{
    private static readonly EventExport Small = SpeedMeetingWorld.Generate(new SpeedMeetingOptions { Events = 7, People = 126, Columns = 12, Seed = 3 });

    private static EvaluationReport CrossValidate(int folds, Action<ModelFit>? onFit = null) =>
        EventEvaluation.Run(Small.Participants, Small.Interactions, new EvaluationOptions { Folds = folds, K = [5], OnFit = onFit });

    [Fact]
    public void EveryEventIsHeldOutExactlyOnce()
    {
        var report = CrossValidate(3);
        var events = Small.Interactions.Select(i => i.Event).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(3, report.Folds!.Count);
        Assert.Equal(events, report.Folds.SelectMany(f => f.HoldoutEvents).Order(StringComparer.Ordinal));
        Assert.InRange(report.Folds.Max(f => f.HoldoutEvents.Count) - report.Folds.Min(f => f.HoldoutEvents.Count), 0, 1);
        // Each fold trains on everything else, and every participant's list is evaluated once, in its event's fold.
        Assert.All(report.Folds, f => Assert.Equal(Small.Interactions.Count(i => !f.HoldoutEvents.Contains(i.Event)), f.TrainingInteractions));
        Assert.Equal(report.Folds.Sum(f => f.EvaluatedParticipants), report.EvaluatedParticipants);
        var lists = new EventLists(Small.Interactions, EvaluationTarget.Mutual).Of(Small.Interactions);
        Assert.Equal(lists.Count, report.EvaluatedParticipants);
    }

    [Fact]
    public void TheMeanIsOverAllParticipantsAndTheSpreadIsAcrossFolds()
    {
        var report = CrossValidate(3);
        foreach (var method in report.Methods)
        {
            var perFold = report.Folds!.Select(f => (Ndcg: f.Methods.Single(m => m.Method == method.Method).Ndcg[5], f.EvaluatedParticipants)).ToList();
            // The mean over participants weighs each fold by its participants; the spread is the folds' standard deviation.
            var mean = perFold.Sum(f => f.Ndcg * f.EvaluatedParticipants) / perFold.Sum(f => f.EvaluatedParticipants);
            var average = perFold.Average(f => f.Ndcg);
            var spread = Math.Sqrt(perFold.Sum(f => (f.Ndcg - average) * (f.Ndcg - average)) / (perFold.Count - 1));
            Assert.Equal(mean, method.Ndcg[5], 10);
            Assert.Equal(spread, method.NdcgSpread![5], 10);
            Assert.True(method.NdcgSpread[5] > 0, method.Method);
            var aucs = report.Folds!.Select(f => f.Methods.Single(m => m.Method == method.Method).Auc).ToList();
            Assert.Equal(aucs.Average(), method.Auc, 10);
            Assert.NotNull(method.AucSpread);
        }
    }

    [Fact]
    public void TheSameSeedDealsTheSameFolds()
    {
        Assert.Equal(CrossValidate(3).Folds!.Select(f => f.HoldoutEvents), CrossValidate(3).Folds!.Select(f => f.HoldoutEvents));
    }

    [Fact]
    public void TheCommandReportsTheFoldsAndTheirSpreadAlsoInJson()
    {
        var folder = Directory.CreateTempSubdirectory("hub-folds-");
        try
        {
            var (participants, interactions, json) = (Path.Combine(folder.FullName, "p.csv"), Path.Combine(folder.FullName, "i.csv"), Path.Combine(folder.FullName, "r.json"));
            using (var p = new StreamWriter(participants))
            {
                EventData.WriteParticipants(Small, p);
            }

            using (var i = new StreamWriter(interactions))
            {
                EventData.WriteInteractions(Small, i);
            }

            var output = new StringWriter();
            var errors = new StringWriter();
            var code = EvaluateCommand.Run(["--participants", participants, "--interactions", interactions, "--folds", "3", "--k", "5", "--json", json], output, errors);

            Assert.Equal("", errors.ToString());
            Assert.Equal(0, code);
            Assert.Contains("3 folds over 7 events", output.ToString(), StringComparison.Ordinal);
            Assert.Contains(" ± ", output.ToString(), StringComparison.Ordinal);
            using var document = JsonDocument.Parse(File.ReadAllText(json));
            Assert.Equal(3, document.RootElement.GetProperty("folds").GetArrayLength());
            var reciprocal = document.RootElement.GetProperty("methods").EnumerateArray().Single(m => m.GetProperty("method").GetString() == EventEvaluation.LearnedReciprocal);
            Assert.True(reciprocal.GetProperty("ndcgSpread").GetProperty("5").GetDouble() > 0);
            Assert.True(reciprocal.GetProperty("aucSpread").GetDouble() > 0);

            Assert.Equal(1, EvaluateCommand.Run(["--participants", participants, "--interactions", interactions, "--folds", "3", "--holdout-events", "w01"], TextWriter.Null, errors));
            Assert.Contains("cannot be combined", errors.ToString(), StringComparison.Ordinal);
            Assert.Equal(1, EvaluateCommand.Run(["--participants", participants, "--interactions", interactions, "--folds", "8"], TextWriter.Null, errors));
            Assert.Contains("between 2 and the number of events (7)", errors.ToString(), StringComparison.Ordinal);
            Assert.Equal(1, EvaluateCommand.Run(["--participants", participants, "--interactions", interactions, "--folds", "1"], TextWriter.Null, errors));
            var plain = new StringWriter();
            Assert.Equal(0, EvaluateCommand.Run(["--participants", participants, "--interactions", interactions, "--folds", "2", "--no-search"], plain, errors));
            Assert.DoesNotContain("inner NDCG", plain.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheHyperParameterSearchNeverSeesAHeldOutEvent()
    {
        var fits = new ConcurrentBag<ModelFit>();
        var report = CrossValidate(3, fits.Add);

        Assert.All(fits, fit =>
        {
            Assert.Empty(fit.TrainedOn.Intersect(fit.HeldOutEvents));
            Assert.Empty(fit.ValidatedOn.Intersect(fit.HeldOutEvents));
        });
        foreach (var fold in report.Folds!)
        {
            var training = Small.Interactions.Select(i => i.Event).Distinct().Except(fold.HoldoutEvents).Order(StringComparer.Ordinal).ToList();
            var mine = fits.Where(f => f.HeldOutEvents.SequenceEqual(fold.HoldoutEvents)).ToList();
            var search = mine.Where(f => f.Purpose == "search").ToList();
            // Every candidate on every inner fold: validated on training events it did not train on, together covering them all.
            Assert.Equal(HyperParameterSearch.Candidates.Length * HyperParameterSearch.InnerFolds, search.Count);
            Assert.All(search, f => Assert.Empty(f.TrainedOn.Intersect(f.ValidatedOn)));
            Assert.All(search, f => Assert.Equal(training, f.TrainedOn.Concat(f.ValidatedOn).Order(StringComparer.Ordinal)));
            Assert.Equal(training, search.SelectMany(f => f.ValidatedOn).Distinct().Order(StringComparer.Ordinal));
            // One final model, trained on all training events with the search's choice.
            Assert.Equal(training, Assert.Single(mine, f => f.Purpose == "final").TrainedOn);
            Assert.False(double.IsNaN(fold.Model!.ValidationNdcg));
            Assert.Contains(HyperParameterSearch.TreeCounts, t => t == fold.Model.Trees);
        }
    }

    [Fact]
    public void WithoutTheSearchTheModelTrainsWithTheHubsConfiguration()
    {
        var fits = new ConcurrentBag<ModelFit>();
        var report = EventEvaluation.Run(Small.Participants, Small.Interactions,
            new EvaluationOptions { Folds = 2, K = [5], SearchHyperParameters = false, OnFit = fits.Add });

        Assert.All(fits, f => Assert.Equal("final", f.Purpose));
        Assert.Equal(2, fits.Count);
        Assert.All(report.Folds!, f => Assert.Equal((50, 16, 0.12), (f.Model!.Trees, f.Model.Leaves, f.Model.LearningRate)));
        Assert.All(report.Folds!, f => Assert.True(double.IsNaN(f.Model!.ValidationNdcg)));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    public void AnEnsemblesFirstTreesScoreAsAModelTrainedWithThatManyTrees(double featureFraction)
    {
        // The search scores 25, 50 and 100 trees from one fit of 100: valid only if boosting just appends trees.
        var set = new EventTrainingSet(new EventFeatures(Small.Participants, Small.Interactions), Small.Interactions);
        var rows = set.Rows.Select(r => r.Row).ToList();
        var options = new Learning.TrainingOptions { Leaves = 8, MinExamplesPerLeaf = 10, LearningRate = 0.15, FeatureFraction = featureFraction };
        var full = Learning.LambdaRank.Train(rows, options with { Trees = 100 })!;
        var small = Learning.LambdaRank.Train(rows, options with { Trees = 25 })!;
        var prefix = new float[2];
        foreach (var row in rows.Take(300))
        {
            full.Trees.PrefixScores(row.Features, [25, 100], prefix);
            Assert.Equal(small.RawScore(row.Features), prefix[0], 4);
            Assert.Equal(full.RawScore(row.Features), prefix[1], 4);
        }
    }

    [Theory]
    [InlineData(PreferenceExport.Rule.WantedCategory)]
    [InlineData(PreferenceExport.Rule.WishedAgeRange)]
    public void TheModelSeesWhatOneSideWantsAgainstWhatTheOtherIs(PreferenceExport.Rule rule)
    {
        var (participants, interactions) = PreferenceExport.Build(rule);
        var report = EventEvaluation.Run(participants, interactions,
            new EvaluationOptions { HoldoutEvents = ["e5"], K = [5], Target = EvaluationTarget.Decision });

        // Tags and text say nothing here, and no single column predicts a verdict: only the pair's relation does.
        var learned = report[EventEvaluation.LearnedOneSided];
        var content = report[EventEvaluation.Content];
        Assert.True(learned.Auc > 0.8, $"AUC {learned.Auc:F3}");
        Assert.True(learned.Ndcg[5] > content.Ndcg[5] + 0.2, $"NDCG@5 {learned.Ndcg[5]:F3} vs content-only {content.Ndcg[5]:F3}");
    }
}
