namespace Hub.Scheduling.Tests;

/// <summary>What an organiser notices: requests first, locks kept, vetoes respected, fairness, fewer idle gaps.</summary>
public class ScheduleBehaviourTests
{
    private static SchedulePerson P(string id, int max = 8, params int[] unavailable) => new(id, max, unavailable);

    private static ScheduleSlot[] Slots(int count, int tables = 5) => [.. Enumerable.Range(0, count).Select(s => new ScheduleSlot(s, tables))];

    [Fact]
    public void AnAcceptedRequestIsPlacedBeforeAHeavierCandidatePair()
    {
        // b can take one meeting: the request with c wins over the heavier candidate pair with a.
        var result = Scheduler.Solve(new ScheduleInstance
        {
            People = [P("a"), P("b", 1), P("c")],
            Slots = Slots(2),
            Pairs = [new("a", "b", 1.0)],
            Requests = [new("b", "c", 0.2)],
        });

        var meeting = Assert.Single(result.Meetings);
        Assert.Equal(MeetingOrigin.Requested, meeting.Origin);
        Assert.Empty(result.UnplacedRequests);
    }

    [Fact]
    public void ARequestThatCannotFitSaysWhoIsFull()
    {
        var result = Scheduler.Solve(new ScheduleInstance
        {
            People = [P("a", 1), P("b"), P("c")],
            Slots = Slots(3),
            Pairs = [],
            Requests = [new("a", "b", 0.9), new("a", "c", 0.5)],
        });

        var unplaced = Assert.Single(result.UnplacedRequests);
        Assert.Equal(("a", "c"), (unplaced.A, unplaced.B));
        Assert.Contains("maximum", unplaced.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ALockedMeetingStaysInItsSlotAndTable()
    {
        var result = Scheduler.Solve(new ScheduleInstance
        {
            People = [P("a"), P("b"), P("c")],
            Slots = Slots(3, tables: 3),
            Pairs = [new("a", "b", 0.1), new("a", "c", 0.9), new("b", "c", 0.9)],
            Locked = [new LockedMeeting("a", "b", 2, Table: 1)],
        });

        var locked = Assert.Single(result.Meetings, m => m.Origin == MeetingOrigin.Locked);
        Assert.Equal((2, 1), (locked.Slot, locked.Table));
        Assert.Equal(3, result.Meetings.Count);
    }

    [Fact]
    public void LockedMeetingsThatClashAreRefusedWithTheClash()
    {
        var problem = Assert.Throws<InvalidScheduleException>(() => Scheduler.Solve(new ScheduleInstance
        {
            People = [P("a"), P("b"), P("c")],
            Slots = Slots(2),
            Pairs = [],
            Locked = [new LockedMeeting("a", "b", 0), new LockedMeeting("a", "c", 0)],
        }));

        Assert.Contains("already has a meeting", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AVetoedPairNeverMeetsHoweverValuable()
    {
        var result = Scheduler.Solve(new ScheduleInstance
        {
            People = [P("a"), P("b"), P("c")],
            Slots = Slots(2),
            Pairs = [new("a", "b", 1.0), new("a", "c", 0.1)],
            Vetoes = [new PersonPair("b", "a")],
        });

        Assert.DoesNotContain(result.Meetings, m => IndependentCheck.Key(m.A, m.B) == IndependentCheck.Key("a", "b"));
        Assert.Single(result.Meetings);
    }

    [Fact]
    public void EveryoneReachesTheFairnessMinimumWhenTheInstanceAllowsIt()
    {
        // By weight alone a–b and b–d fill both tables and c gets nothing; with a minimum of one, c meets a.
        var instance = new ScheduleInstance
        {
            People = [P("a", 2), P("b", 2), P("c", 1), P("d", 1)],
            Slots = Slots(2, tables: 1),
            Pairs = [new("a", "b", 1.0), new("b", "d", 1.0), new("a", "c", 0.1)],
        };

        var unfair = Scheduler.Solve(instance);
        var fair = Scheduler.Solve(instance with { FairnessMinimum = 1 });

        Assert.DoesNotContain(unfair.Meetings, m => m.A == "c" || m.B == "c");
        Assert.Empty(fair.BelowFairnessMinimum);
        Assert.All(instance.People, p => Assert.Contains(fair.Meetings, m => m.A == p.Id || m.B == p.Id));
        Assert.Equal(1.1, fair.Objective, 6);
    }

    [Fact]
    public void AForcedBreakFollowsTheLongestAllowedRun()
    {
        var instance = new ScheduleInstance
        {
            People = [.. Enumerable.Range(0, 6).Select(i => P($"x{i}")).Append(P("hub"))],
            Slots = Slots(6),
            Pairs = [.. Enumerable.Range(0, 6).Select(i => new CandidatePair("hub", $"x{i}", 1.0))],
            MaxConsecutive = 2,
        };

        var result = Scheduler.Solve(instance);

        // Six slots with a break after every two meetings hold at most four, and the bound knows it.
        Assert.Equal(4, result.Meetings.Count);
        Assert.Empty(ScheduleChecker.Check(instance, result.Meetings));
        Assert.Equal(4.0, result.UpperBound, 6);
    }

    [Fact]
    public void TheOptimiserLeavesFewerIdleGapsThanTheGreedyBaseline()
    {
        // c can only meet in slot 3; greedy puts a–b in slot 0, leaving a two idle slots; the optimiser moves it beside.
        var instance = new ScheduleInstance
        {
            People = [P("a"), P("b"), P("c", 8, 0, 1, 2, 4)],
            Slots = Slots(5),
            Pairs = [new("a", "b", 0.9), new("a", "c", 0.8)],
        };

        var greedy = Scheduler.Greedy(instance);
        var solved = Scheduler.Solve(instance);

        Assert.Equal(greedy.Objective, solved.Objective, 9);
        Assert.Equal(2, greedy.IdleGaps);
        Assert.Equal(0, solved.IdleGaps);
    }

    [Fact]
    public void TheBoundIsTheOptimumWhenNothingConflicts()
    {
        var result = Scheduler.Solve(new ScheduleInstance
        {
            People = [P("a"), P("b"), P("c"), P("d")],
            Slots = Slots(3),
            Pairs = [new("a", "b", 0.5), new("c", "d", 0.25), new("a", "c", 0.75)],
        });

        Assert.Equal(1.5, result.Objective, 9);
        Assert.Equal(0, result.Gap, 6);
    }

    [Fact]
    public void AnEmptyEventGivesAnEmptyScheduleWithNothingToGain()
    {
        var nobody = Scheduler.Solve(new ScheduleInstance { People = [], Slots = [], Pairs = [] });
        var noSlots = Scheduler.Solve(new ScheduleInstance { People = [P("a"), P("b")], Slots = [], Pairs = [new("a", "b", 0.5)] });

        Assert.Empty(nobody.Meetings);
        Assert.Equal(0, nobody.UpperBound, 9);
        Assert.Empty(noSlots.Meetings);
        Assert.Equal(0, noSlots.UpperBound, 6);
    }
}
