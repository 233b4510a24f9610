using Hub.Core.Seeding;
using Hub.Matching.Learning;

namespace Hub.Benchmarks;

/// <summary>Training time on about 200,000 labelled pairs from a larger synthetic world's history.</summary>
public static class RecommenderTraining
{
    public static void Run(int profiles)
    {
        var (world, history) = SeedWorlds.WithHistory(new DemoWorldGenerator(42).Generate(profiles));
        var rows = TrainingSet.Build(world, history.Select(h => new LabelSignal(h.SeekerId, h.CandidateId, h.Kind)));
        Console.WriteLine($"Training: {world.Profiles.Count:N0} profiles, {history.Count:N0} signals, {rows.Count:N0} labelled pairs; {Stats.Machine()}");
        var result = RankingTrainer.Train(rows, 1, new TrainingOptions { ComputeImportance = false, HoldoutFraction = 0 });
        Console.WriteLine($"trained {result.Model.Trees.TreeCount} trees on {result.TrainingPairs:N0} pairs in {result.Duration.TotalSeconds:F1} s (target <= 30 s)");
        var withImportance = RankingTrainer.Train(rows, 2);
        Console.WriteLine($"with 20 % holdout, NDCG@10 and permutation importance: {withImportance.Duration.TotalSeconds:F1} s; holdout NDCG@10 {withImportance.HoldoutNdcg10:F3} vs content {withImportance.ContentNdcg10:F3}");
    }
}
