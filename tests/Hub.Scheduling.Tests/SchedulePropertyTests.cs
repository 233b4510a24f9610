namespace Hub.Scheduling.Tests;

/// <summary>Properties that must hold on every instance: 200 seeded random ones with all features switched on.</summary>
public class SchedulePropertyTests
{
    private static readonly ScheduleOptions Quick = new(TimeLimitSeconds: 0.002, Seed: 7);

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 200; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NoScheduleBreaksARuleAndTheBoundIsNeverBelowIt(int seed)
    {
        var instance = RandomInstances.Generate(seed);
        var result = Scheduler.Solve(instance, Quick);

        Assert.Empty(IndependentCheck.Violations(instance, result.Meetings));
        Assert.Empty(ScheduleChecker.Check(instance, result.Meetings));
        Assert.True(result.UpperBound >= result.Objective - 1e-9, $"bound {result.UpperBound} below objective {result.Objective}");
        Assert.Equal(result.Meetings.Sum(m => m.Weight), result.Objective, 9);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryRequestIsPlacedOrComesBackWithAReason(int seed)
    {
        var instance = RandomInstances.Generate(seed);
        var result = Scheduler.Solve(instance, Quick);

        var met = result.Meetings.Select(m => IndependentCheck.Key(m.A, m.B)).ToHashSet();
        var unplaced = result.UnplacedRequests.ToDictionary(u => IndependentCheck.Key(u.A, u.B), u => u.Reason);
        foreach (var request in instance.Requests)
        {
            var key = IndependentCheck.Key(request.A, request.B);
            Assert.True(met.Contains(key) ^ unplaced.ContainsKey(key), $"request {key} is neither placed nor explained (or both)");
            Assert.False(unplaced.TryGetValue(key, out var reason) && string.IsNullOrWhiteSpace(reason));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheFairnessListNamesExactlyThePeopleBelowTheMinimum(int seed)
    {
        var instance = RandomInstances.Generate(seed);
        var result = Scheduler.Solve(instance, Quick);

        var below = instance.People.Where(p => result.Meetings.Count(m => m.A == p.Id || m.B == p.Id) < instance.FairnessMinimum).Select(p => p.Id);
        Assert.Equal(below.Order(StringComparer.Ordinal), result.BelowFairnessMinimum.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheSameInstanceSeedAndLimitGiveTheSameSchedule()
    {
        for (var seed = 1; seed <= 40; seed++)
        {
            var instance = RandomInstances.Generate(seed);
            var first = Scheduler.Solve(instance, Quick);
            var second = Scheduler.Solve(instance, Quick);
            Assert.Equal(first.Meetings, second.Meetings);
            Assert.Equal(first.UpperBound, second.UpperBound);
        }
    }

    [Fact]
    public void TheOptimiserNeverDoesWorseThanTheGreedyBaseline()
    {
        for (var seed = 1; seed <= 60; seed++)
        {
            var instance = RandomInstances.Generate(seed, requests: false, fairness: false);
            var solved = Scheduler.Solve(instance, Quick);
            var greedy = Scheduler.Greedy(instance, Quick);
            Assert.True(solved.Objective >= greedy.Objective - 1e-9, $"seed {seed}: {solved.Objective} < greedy {greedy.Objective}");
            Assert.True(greedy.UpperBound >= greedy.Objective - 1e-9);
            Assert.Empty(IndependentCheck.Violations(instance, greedy.Meetings));
        }
    }
}
