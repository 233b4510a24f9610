using System.Diagnostics;
using Hub.Core.Profiles;
using Hub.Core.Seeding;
using Hub.Matching.Features;
using Hub.Matching.Learning;
using Hub.Matching.Ranking;

namespace Hub.Benchmarks;

/// <summary>
/// Serving speed: a model trained on the demo world's history ranks every candidate for profiles of a 100,000-profile
/// world (features both ways, reciprocal combination, load-aware re-ranking, explanations for the top 20); and the
/// fast tree scorer against ML.NET's Transform path on the same feature rows.
/// </summary>
public static class RecommenderServing
{
    public static void Run(int profiles, int queries)
    {
        var demo = SeedWorlds.WithHistory(new DemoWorldGenerator().Generate());
        var rows = TrainingSet.Build(demo.World, demo.History.Select(h => new LabelSignal(h.SeekerId, h.CandidateId, h.Kind)));
        var model = RankingTrainer.Train(rows, 1, new TrainingOptions { ComputeImportance = false }).Model;

        var watch = Stopwatch.StartNew();
        var world = SeedWorlds.Build(new DemoWorldGenerator(99).Generate(profiles));
        Console.WriteLine($"Serving: {world.Profiles.Count:N0} profiles (snapshot built in {watch.Elapsed.TotalSeconds:F1} s), model with {model.Trees.TreeCount} trees; {Stats.Machine()}");

        var rng = new Random(5);
        var seekers = world.Profiles.Where(p => p.Kind is ProfileKind.Startup or ProfileKind.Investor or ProfileKind.Company or ProfileKind.Researcher)
            .OrderBy(_ => rng.Next()).Take(queries).ToList();
        // Warm-up
        Rank(world, model, seekers[0], CandidateKinds.For(Intent.Funding, ProfileKind.Startup));
        Measure("one \"For you\" list (the kinds that answer one need)", seekers.SelectMany(s =>
            CandidateKinds.NeedsOf(s.Kind, s.Seeks).Select(n => (s, CandidateKinds.For(n, s.Kind)))).Take(queries * 2).ToList());
        Measure("all of a profile's needs at once", seekers.Select(s =>
            (s, (IReadOnlyList<ProfileKind>)CandidateKinds.NeedsOf(s.Kind, s.Seeks).SelectMany(n => CandidateKinds.For(n, s.Kind)).Distinct().ToList())).ToList());

        void Measure(string what, List<(MatchProfile Seeker, IReadOnlyList<ProfileKind> Kinds)> work)
        {
            var times = new List<double>();
            var candidates = new List<int>();
            foreach (var (seeker, kinds) in work)
            {
                var start = Stopwatch.GetTimestamp();
                candidates.Add(Rank(world, model, seeker, kinds));
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"rank {what}: {candidates.Average():N0} candidates on average, both directions, top 20 explained:");
            Console.WriteLine($"  p50 {Stats.Percentile(times, 50):F2} ms, p95 {Stats.Percentile(times, 95):F2} ms, max {times[^1]:F2} ms over {times.Count} rankings (target p95 <= 15 ms)");
        }

        var page = Enumerable.Range(0, 20).Select(i => PairFeatures.Compute(seekers[0], world.Profiles[i])).ToList();
        var explainTimes = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var t = Stopwatch.GetTimestamp();
            model.Contributions(page);
            explainTimes.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        explainTimes.Sort();
        Console.WriteLine($"ML.NET feature contributions for a page of 20 cards: p50 {Stats.Percentile(explainTimes, 50):F2} ms, p95 {Stats.Percentile(explainTimes, 95):F2} ms");

        // Fast scorer against ML.NET Transform on identical rows: all investors for a startup, both directions.
        var startup = world.Profiles.First(p => p.Kind == ProfileKind.Startup);
        var pairRows = world.Profiles.Where(p => p.Id != startup.Id)
            .SelectMany(p => new[] { PairFeatures.Compute(startup, p), PairFeatures.Compute(p, startup) })
            .Select(f => new PairRow { Features = f }).ToList();
        model.ScoreWithMlNet(pairRows.Take(100));
        var mlTimes = new List<double>();
        var fastTimes = new List<double>();
        float[] reference = [];
        var fast = new float[pairRows.Count];
        for (var i = 0; i < 5; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            reference = model.ScoreWithMlNet(pairRows);
            mlTimes.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            var t1 = Stopwatch.GetTimestamp();
            for (var j = 0; j < pairRows.Count; j++)
            {
                fast[j] = model.RawScore(pairRows[j].Features);
            }

            fastTimes.Add(Stopwatch.GetElapsedTime(t1).TotalMilliseconds);
        }

        var maxDiff = reference.Zip(fast).Max(x => Math.Abs(x.First - x.Second));
        var ml = mlTimes.Order().ElementAt(2);
        var ours = fastTimes.Order().ElementAt(2);
        Console.WriteLine($"scoring {pairRows.Count:N0} feature rows: ML.NET Transform {ml:F1} ms, fast tree scorer {ours:F1} ms => {ml / ours:F1}x faster (target >= 20x); max |difference| {maxDiff:E2} (target <= 1e-4)");
    }

    private static int Rank(MatchWorld world, RankingModel model, MatchProfile seeker, IReadOnlyList<ProfileKind> kinds)
    {
        Recommender.Rank(world, model, new RankRequest { SeekerId = seeker.Id, Kinds = kinds, Take = 20 });
        return world.Profiles.Count(p => kinds.Contains(p.Kind));
    }
}
