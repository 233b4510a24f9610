namespace Hub.Scheduling.Tests;

/// <summary>On instances small enough to try every schedule: bound ≥ true optimum ≥ objective, and Solve finds the optimum.</summary>
public class ExhaustiveTests
{
    [Fact]
    public void TheBoundHoldsAndSolveFindsTheOptimumOnEverySmallInstance()
    {
        var found = 0;
        for (var seed = 1; seed <= 80; seed++)
        {
            var instance = RandomInstances.Generate(1000 + seed, people: 5 + seed % 2, slots: 3, maxPairs: 6, requests: false, fairness: false);
            var optimum = Optimum(instance);
            var result = Scheduler.Solve(instance, new ScheduleOptions(0.01, seed));

            Assert.True(result.UpperBound >= optimum - 1e-9, $"seed {seed}: bound {result.UpperBound} below the optimum {optimum}");
            Assert.True(optimum >= result.Objective - 1e-9, $"seed {seed}: objective {result.Objective} above the optimum {optimum}");
            Assert.Equal(optimum, result.Objective, 6);
            found += optimum > 0 ? 1 : 0;
        }

        Assert.True(found > 60, "most instances should have some meeting to place");
    }

    /// <summary>
    /// With accepted requests, "requests first" means a schedule must hold every request that can be placed: the bound
    /// must hold over every valid schedule that holds the requests Solve placed (decision 010).
    /// </summary>
    [Fact]
    public void WithRequestsTheBoundHoldsOverEveryScheduleThatPlacesThem()
    {
        var checkedWithRequests = 0;
        for (var seed = 1; seed <= 80; seed++)
        {
            var instance = RandomInstances.Generate(3000 + seed, people: 5, slots: 3, maxPairs: 5, requests: true, fairness: false);
            var requested = instance.Requests.GroupBy(r => IndependentCheck.Key(r.A, r.B)).ToDictionary(g => g.Key, g => g.First());
            if (requested.Count == 0 || instance.Locked.Any(l => requested.ContainsKey(IndependentCheck.Key(l.A, l.B))))
            {
                continue;
            }

            // A requested pair meets with its (first) request's weight, as the scheduler reads duplicates; the other candidates keep theirs.
            var options = instance with
            {
                Pairs = [.. instance.Pairs.Where(p => !requested.ContainsKey(IndependentCheck.Key(p.A, p.B))), .. requested.Values],
                Requests = [],
            };
            var result = Scheduler.Solve(instance, new ScheduleOptions(0.01, seed));
            // The requests it placed are the ones "requests first" makes every acceptable schedule hold.
            var required = result.Meetings.Where(m => m.Origin == MeetingOrigin.Requested).Select(m => IndependentCheck.Key(m.A, m.B)).ToHashSet();
            var optimum = Optimum(options, required);

            Assert.True(result.UpperBound >= optimum - 1e-9, $"seed {seed}: bound {result.UpperBound} below the optimum {optimum}");
            Assert.True(optimum >= result.Objective - 1e-9, $"seed {seed}: objective {result.Objective} above the optimum {optimum}");
            checkedWithRequests += required.Count > 0 ? 1 : 0;
        }

        Assert.True(checkedWithRequests >= 20, $"only {checkedWithRequests} instances placed a request");
    }

    /// <summary>Tries every slot (or none) for every allowed pair and keeps the best valid schedule's weight.</summary>
    private static double Optimum(ScheduleInstance instance, IReadOnlySet<string>? required = null)
    {
        var vetoed = instance.Vetoes.Select(v => IndependentCheck.Key(v.A, v.B)).ToHashSet();
        var pairs = instance.Pairs.Where(p => !vetoed.Contains(IndependentCheck.Key(p.A, p.B))).ToArray();
        var slots = instance.Slots.Count;
        var choice = new int[pairs.Length];
        var best = double.NegativeInfinity;
        var total = (long)Math.Pow(slots + 1, pairs.Length);
        for (long code = 0; code < total; code++)
        {
            var rest = code;
            for (var k = 0; k < pairs.Length; k++)
            {
                choice[k] = (int)(rest % (slots + 1)) - 1;
                rest /= slots + 1;
            }

            var meetings = Meetings(instance, pairs, choice);
            if (meetings is not null && (required is null || required.All(key => meetings.Any(m => IndependentCheck.Key(m.A, m.B) == key)))
                && IndependentCheck.Violations(instance, meetings).Count == 0)
            {
                best = Math.Max(best, meetings.Sum(m => m.Weight));
            }
        }

        return best;
    }

    private static List<ScheduledMeeting>? Meetings(ScheduleInstance instance, CandidatePair[] pairs, int[] choice)
    {
        var nextTable = new int[instance.Slots.Count];
        var meetings = new List<ScheduledMeeting>();
        foreach (var locked in instance.Locked)
        {
            var k = Array.FindIndex(pairs, p => IndependentCheck.Key(p.A, p.B) == IndependentCheck.Key(locked.A, locked.B));
            if (k < 0 || choice[k] != locked.Slot)
            {
                return null;
            }
        }

        // Locked tables are table 0, so the others fill from the top down; only counts matter for validity otherwise.
        for (var k = 0; k < pairs.Length; k++)
        {
            if (choice[k] >= 0)
            {
                var s = choice[k];
                var locked = instance.Locked.FirstOrDefault(l => IndependentCheck.Key(l.A, l.B) == IndependentCheck.Key(pairs[k].A, pairs[k].B));
                var table = locked?.Table ?? instance.Slots[s].Tables - 1 - nextTable[s]++;
                meetings.Add(new ScheduledMeeting(pairs[k].A, pairs[k].B, s, table, pairs[k].Weight, MeetingOrigin.Proposed));
            }
        }

        return meetings;
    }
}
