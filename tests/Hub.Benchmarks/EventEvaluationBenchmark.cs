using System.Diagnostics;
using System.Globalization;
using Hub.Matching.Evaluation;

namespace Hub.Benchmarks;

/// <summary>
/// The evaluation of past events on generated speed-meeting data (issue 8): figures of every method under leave-events-out
/// cross-validation, and the time the whole evaluation takes, from reading the two CSV files to the report.
/// </summary>
public static class EventEvaluationBenchmark
{
    public static void Run(int events, int people, int columns, int folds, int seed, int seeds, bool search)
    {
        Console.WriteLine($"Past-event evaluation: {events} events, {people} people, {columns} columns, {(folds > 0 ? $"{folds}-fold leave-events-out" : "one 20 % hold-out")}, " +
                          $"target mutual, hyper-parameter search {(search ? "on" : "off")}; {Stats.Machine()}");
        var totals = new Dictionary<string, (double Ndcg5, double Ndcg10, double Auc)>();
        var times = new List<double>();
        for (var s = seed; s < seed + seeds; s++)
        {
            var export = SpeedMeetingWorld.Generate(new SpeedMeetingOptions { Events = events, People = people, Columns = columns, Seed = s });
            var folder = Directory.CreateTempSubdirectory("hub-events-");
            try
            {
                using (var writer = new StreamWriter(Path.Combine(folder.FullName, "participants.csv")))
                {
                    EventData.WriteParticipants(export, writer);
                }

                using (var writer = new StreamWriter(Path.Combine(folder.FullName, "interactions.csv")))
                {
                    EventData.WriteInteractions(export, writer);
                }

                var watch = Stopwatch.StartNew();
                using var participantsFile = new StreamReader(Path.Combine(folder.FullName, "participants.csv"));
                var participants = EventData.ReadParticipants(participantsFile);
                using var interactionsFile = new StreamReader(Path.Combine(folder.FullName, "interactions.csv"));
                var interactions = EventData.ReadInteractions(interactionsFile, participants.Select(p => p.Id).ToHashSet(StringComparer.Ordinal));
                var read = watch.Elapsed.TotalSeconds;
                var report = EventEvaluation.Run(participants, interactions, new EvaluationOptions { Folds = folds, K = [5, 10], SearchHyperParameters = search, Seed = 7 });
                var total = watch.Elapsed.TotalSeconds;
                times.Add(total);

                Console.WriteLine();
                Console.WriteLine($"seed {s}: {participants.Count} people, {interactions.Count:N0} meetings ({interactions.Count(i => i.Decision) / (double)interactions.Count:P0} yes), " +
                                  $"{report.EvaluatedParticipants} lists with a mutual match; read {read:F2} s, whole evaluation {total:F2} s");
                Console.WriteLine($"  {"method",-20} {"NDCG@5",16} {"NDCG@10",16} {"AUC",16}");
                foreach (var m in report.Methods)
                {
                    Console.WriteLine($"  {m.Method,-20} {Figure(m.Ndcg[5], m.NdcgSpread?[5]),16} {Figure(m.Ndcg[10], m.NdcgSpread?[10]),16} {Figure(m.Auc, m.AucSpread),16}");
                    var (n5, n10, auc) = totals.GetValueOrDefault(m.Method);
                    totals[m.Method] = (n5 + m.Ndcg[5], n10 + m.Ndcg[10], auc + m.Auc);
                }

                foreach (var fold in report.Folds ?? [])
                {
                    Console.WriteLine($"  fold {fold.Fold} ({string.Join(", ", fold.HoldoutEvents)}): {fold.Model}");
                }
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }

        if (seeds > 1)
        {
            Console.WriteLine();
            Console.WriteLine($"mean over seeds {seed}..{seed + seeds - 1}:");
            foreach (var (method, (n5, n10, auc)) in totals)
            {
                Console.WriteLine($"  {method,-20} NDCG@5 {n5 / seeds:F3}  NDCG@10 {n10 / seeds:F3}  AUC {auc / seeds:F3}");
            }
        }

        times.Sort();
        Console.WriteLine($"whole evaluation (read + evaluate): median {Stats.Percentile(times, 50):F2} s, max {times[^1]:F2} s over {times.Count} run(s)");
    }

    private static string Figure(double value, double? spread) => spread is { } s && !double.IsNaN(s)
        ? string.Create(CultureInfo.InvariantCulture, $"{value:F3} ± {s:F3}")
        : value.ToString("F3", CultureInfo.InvariantCulture);
}
