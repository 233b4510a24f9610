using System.Diagnostics;
using Hub.Scheduling;

namespace Hub.Benchmarks;

/// <summary>The meeting scheduler (issue 9) on the reference and trade-fair shapes: optimiser, plain greedy, CP-SAT.</summary>
public static class SchedulingBenchmark
{
    public static void Run(string shape, int seed, double limit, bool cpSat, bool lp, double cpSatLimit)
    {
        var instance = shape switch
        {
            "tradefair" => ScheduleInstances.TradeFair(seed),
            "bmatch" => ScheduleInstances.Generate(seed, 500, 2, 8, 5_000, 1000, 12, 300, unavailable: 0, maxConsecutive: 0),
            "nobreak" => ScheduleInstances.Generate(seed, 500, 2, 8, 5_000, 200, 12, 300, maxConsecutive: 0),
            "notables" => ScheduleInstances.Generate(seed, 500, 2, 8, 5_000, 1000, 12, 300),
            _ => ScheduleInstances.Reference(seed),
        };
        Console.WriteLine($"Meeting scheduler, {shape} instance (seed {seed}): {instance.People.Count} people, {instance.Slots.Count} slots, " +
                          $"{instance.Pairs.Count:N0} pairs, {instance.Requests.Count} requests, {instance.Slots[0].Tables} tables a slot; " +
                          $"time limit {limit} s; {Stats.Machine()}");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var solved = Scheduler.Solve(instance, new ScheduleOptions(limit, seed));
        var solveTime = watch.Elapsed.TotalSeconds;
        var cpuTime = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        Report("optimiser", instance, solved, solved.UpperBound, solveTime, peak);
        Console.WriteLine($"  optimiser CPU time {cpuTime:F2} s over both threads (machine load average when done: {LoadAverage()})");
        watch.Restart();
        var greedy = Scheduler.Greedy(instance, new ScheduleOptions(0.05, seed));
        Report("plain greedy", instance, greedy, solved.UpperBound, watch.Elapsed.TotalSeconds, Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024));
        if (lp)
        {
            watch.Restart();
            var relaxed = CpSatScheduler.LpRelaxation(instance, forceRequests: solved.UnplacedRequests.Count == 0);
            Console.WriteLine($"  LP relaxation (GLOP): {relaxed:F3}; the scheduler's dual bound is {solved.UpperBound / relaxed - 1:P3} above it; {watch.Elapsed.TotalSeconds:F1} s");
        }

        if (cpSat)
        {
            watch.Restart();
            var (objective, cpBound, meetings, status) = CpSatScheduler.Solve(instance, greedy, cpSatLimit > 0 ? cpSatLimit : limit, workers: 2);
            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"  {"CP-SAT",-14} objective {objective,10:F3}  {objective / solved.UpperBound,8:P2} of bound {solved.UpperBound:F3}  meetings {meetings,6}  " +
                              $"status {status}, its own bound {cpBound:F3}  {seconds,6:F2} s  peak {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024),6:F0} MB (whole process)");
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static void Report(string name, ScheduleInstance instance, ScheduleResult result, double bound, double seconds, double peakMb)
    {
        var violations = ScheduleChecker.Check(instance, result.Meetings);
        Console.WriteLine($"  {name,-14} objective {result.Objective,10:F3}  {result.Objective / bound,8:P2} of bound {bound:F3}  " +
                          $"meetings {result.Meetings.Count,6}  idle gaps {result.IdleGaps,5}  unplaced requests {result.UnplacedRequests.Count,4}  " +
                          $"below minimum {result.BelowFairnessMinimum.Count,3}  {seconds,6:F2} s  peak {peakMb,6:F0} MB  violations {violations.Count}");
    }
}
