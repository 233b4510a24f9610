using System.Diagnostics;
using Hub.Core.Seeding;
using Hub.Matching.Evaluation;
using Hub.Matching.Learning;

namespace Hub.Benchmarks;

/// <summary>Recommender quality on the synthetic world's held-out seekers (issue 3 targets).</summary>
public static class RecommenderQuality
{
    public static void Run(int profiles)
    {
        var watch = Stopwatch.StartNew();
        var seed = new DemoWorldGenerator().Generate(profiles);
        var (world, history) = SeedWorlds.WithHistory(seed);
        Console.WriteLine($"Quality: {world.Profiles.Count:N0} profiles, {history.Count:N0} synthetic signals ({watch.Elapsed.TotalSeconds:F1} s to generate); {Stats.Machine()}");
        var report = SyntheticEvaluation.Run(world, history.Select(h => new LabelSignal(h.SeekerId, h.CandidateId, h.Kind)).ToList(),
            truth: SyntheticHistory.Preferences(world));
        Console.WriteLine($"Trained on {report.Training.TrainingPairs:N0} pairs in {report.Training.Duration.TotalSeconds:F1} s; {report.HeldOutSeekers} held-out seekers");
        Console.WriteLine($"{"method",-22} {"NDCG@10",8} {"AUC",7}");
        foreach (var m in report.Methods)
        {
            Console.WriteLine($"{m.Method,-22} {m.Ndcg10,8:F4} {m.Auc,7:F4}");
        }

        var ratio = report.Score(SyntheticEvaluation.LearnedReciprocal) / report.Score(SyntheticEvaluation.Content);
        Console.WriteLine($"learned reciprocal / content-only NDCG@10 = {ratio:F2} (target >= 1.3)");
        Console.WriteLine($"startups in at least one investor's top 20: {report.StartupsInAnInvestorsTop20:P1} (target >= 95 %)");
        var mutual = report.MutualAccept!;
        var keep = report.Score(SyntheticEvaluation.LearnedReciprocal) / report.Score(SyntheticEvaluation.LearnedOneSided);
        Console.WriteLine($"top-10 cards ending in an accepted introduction ({mutual.Seekers} held-out seekers, every need): " +
                          $"one-sided {mutual.OneSided:P1}, reciprocal {mutual.Reciprocal:P1}, ratio {mutual.Ratio:F2} (target >= 1.5); " +
                          $"ceiling (each list ranked by the answer model itself) {mutual.Ceiling:P1} = {mutual.Ceiling / mutual.OneSided:F2} x one-sided");
        Console.WriteLine($"seeker-side NDCG@10 of reciprocal / one-sided = {keep:F3} (target >= 0.95)");
        Console.WriteLine("permutation importance (NDCG@10 drop): " +
            string.Join(", ", report.Training.PermutationImportance.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:F3}")));
    }
}
