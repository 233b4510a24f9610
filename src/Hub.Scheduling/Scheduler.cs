namespace Hub.Scheduling;

/// <summary>Builds meeting schedules. Pure: same instance and options, same schedule.</summary>
public static class Scheduler
{
    // Work budgets per second of time limit, measured on the 2-core reference machine (docs/BENCHMARKS.md). The search
    // counts moves, not seconds, so the schedule depends on the instance, seed and limit only; a faster machine simply
    // finishes sooner.
    private const double MovesPerSecond = 550_000;
    private const double DualRoundsPerSecond = 12;

    /// <summary>The best schedule found within the time limit, with a proven upper bound.</summary>
    public static ScheduleResult Solve(ScheduleInstance instance, ScheduleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        options ??= new ScheduleOptions();
        var model = ScheduleModel.Build(instance);
        CheckLocked(model);
        var graph = ScheduleGraph.Build(model);
        var limit = Math.Max(0.05, options.TimeLimitSeconds);
        using var emergency = new CancellationTokenSource(TimeSpan.FromSeconds(limit * 3 + 5));

        var work = Scale(graph);
        var search = new ScheduleSearch(graph, options.Seed, emergency.Token);
        search.PlaceFixed();
        var fixedSlots = (int[])search.Board.SlotOf.Clone();
        search.Construct();

        // A short dual phase gives the search its prices; the rest of the bound runs beside the search on the other core.
        // The two never share state, so the schedule and the bound stay deterministic.
        var dual = new DualBound(graph, Forced(graph, e => fixedSlots[e] >= 0));
        var rounds = Math.Max(4, (int)(limit * DualRoundsPerSecond / work));
        dual.Improve(rounds / 4, search.Board.Weight, emergency.Token);
        search.UsePrices(dual.BestY);

        // The second core first finishes the bound, then runs a second, shorter search from another seed with the final
        // prices; the better of the two is kept. Neither thread reads the other's state until both are done, so the
        // schedule and the bound stay deterministic.
        var target = search.Board.Weight;
        var moves = Math.Min((long)(limit * MovesPerSecond / work), 4_000L * (graph.Edges + 1));
        var second = new ScheduleSearch(graph, unchecked(options.Seed * 31 + 17), emergency.Token);
        second.PlaceFixed();
        second.Construct();
        var beside = Task.Run(() =>
        {
            dual.Improve(rounds - rounds / 4, target, emergency.Token);
            second.UsePrices(dual.BestY);
            Improve(second, moves * 6 / 10);
        });

        Improve(search, moves);
        beside.Wait();
        var best = Better(graph, second.Board, search.Board) ? second : search;
        return Result(model, graph, best.Board, fixedSlots, dual.Best);
    }

    /// <summary>Weight first (annealing), then fairness, then weight again without breaking it, then idle gaps.</summary>
    private static void Improve(ScheduleSearch search, long moves)
    {
        search.Anneal(moves * 8 / 10, 0.08, 0.002, protectFairness: false);
        search.RepairFairness();
        search.Anneal(moves / 10, 0.01, 0.001, protectFairness: true);
        search.CloseGaps(moves / 10);
    }

    /// <summary>Fewer people below the fairness minimum, then more weight, then fewer idle gaps.</summary>
    private static bool Better(ScheduleGraph graph, MeetingBoard candidate, MeetingBoard incumbent)
    {
        int below = 0, belowIncumbent = 0, gaps = 0, gapsIncumbent = 0;
        for (var p = 0; p < graph.People; p++)
        {
            below += candidate.Count[p] < graph.Model.FairnessMinimum ? 1 : 0;
            belowIncumbent += incumbent.Count[p] < graph.Model.FairnessMinimum ? 1 : 0;
            gaps += candidate.Gaps(p);
            gapsIncumbent += incumbent.Gaps(p);
        }

        if (below != belowIncumbent)
        {
            return below < belowIncumbent;
        }

        return candidate.Weight > incumbent.Weight + 1e-9 || (Math.Abs(candidate.Weight - incumbent.Weight) <= 1e-9 && gaps < gapsIncumbent);
    }

    /// <summary>The plain greedy baseline (best pair first, earliest common free slot), with the same proven bound as Solve.</summary>
    public static ScheduleResult Greedy(ScheduleInstance instance, ScheduleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        options ??= new ScheduleOptions();
        var model = ScheduleModel.Build(instance);
        var state = new ScheduleState(model);
        state.PlaceLockedAndRequested();
        state.PlaceGreedily();
        var graph = ScheduleGraph.Build(model);
        var limit = Math.Max(0.05, options.TimeLimitSeconds);
        using var emergency = new CancellationTokenSource(TimeSpan.FromSeconds(limit * 3 + 5));
        var greedy = state.ToResult(0);
        var unplaced = new HashSet<long>(greedy.UnplacedRequests.Select(r => ScheduleModel.Key(Array.IndexOf(model.Ids, r.A), Array.IndexOf(model.Ids, r.B))));
        var dual = new DualBound(graph, Forced(graph, e => !unplaced.Contains(ScheduleModel.Key(graph.A[e], graph.B[e]))));
        dual.Improve(Math.Max(4, (int)(limit * DualRoundsPerSecond / Scale(graph))), greedy.Objective, emergency.Token);
        return greedy with { UpperBound = Math.Max(greedy.Objective, dual.Best) };
    }

    /// <summary>
    /// Meetings every acceptable schedule holds: locked ones always; accepted requests too when the schedule placed every
    /// request that could be placed at all (then "requests first" means every acceptable schedule places them all, so
    /// the bound may count them as fixed). Otherwise requests stay free and the bound is the plain relaxation's.
    /// </summary>
    private static bool[] Forced(ScheduleGraph graph, Func<int, bool> requestPlaced)
    {
        var forced = new bool[graph.Edges];
        var allPlaced = true;
        for (var e = 0; e < graph.Edges; e++)
        {
            forced[e] = graph.Kind[e] == ScheduleGraph.Locked;
            if (graph.Kind[e] == ScheduleGraph.Requested && !requestPlaced(e) && Placeable(graph, e))
            {
                allPlaced = false;
            }
        }

        for (var e = 0; e < graph.Edges && allPlaced; e++)
        {
            forced[e] |= graph.Kind[e] == ScheduleGraph.Requested && requestPlaced(e);
        }

        return forced;
    }

    /// <summary>Whether a request could be placed in an empty schedule (a common slot, both allowed a meeting).</summary>
    private static bool Placeable(ScheduleGraph graph, int e)
    {
        if (graph.Max[graph.A[e]] == 0 || graph.Max[graph.B[e]] == 0)
        {
            return false;
        }

        for (var s = 0; s < graph.Slots; s++)
        {
            if (graph.Common(e, s))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How much costlier a move or a dual round is than on the reference instance (500 people, 5,000 pairs, 16 slots).
    /// A move touches a few people's slots and pairs, not the whole instance, so its cost grows slower than the size:
    /// measured, a trade-fair move (12 times the pairs and slots) costs about 4 to 5 times a reference one.
    /// </summary>
    private static double Scale(ScheduleGraph graph)
    {
        var incidences = (double)graph.Edges * graph.Slots;
        return Math.Max(0.02, Math.Pow(incidences / 80_000, 0.7));
    }

    private static void CheckLocked(ScheduleModel model) => new ScheduleState(model).PlaceLocked();

    private static ScheduleResult Result(ScheduleModel model, ScheduleGraph graph, MeetingBoard board, int[] fixedSlots, double bound)
    {
        // Replay through the checked state: locked, the requests placed first (their reasons as the fixed part stood),
        // then the rest. Any subset of a valid schedule is valid, so the order cannot trip a rule that the whole obeys.
        var state = new ScheduleState(model);
        state.PlaceLocked();
        var reasons = new ScheduleState(model);
        reasons.PlaceLocked();
        for (var e = 0; e < graph.Edges; e++)
        {
            if (graph.Kind[e] == ScheduleGraph.Requested && fixedSlots[e] >= 0)
            {
                reasons.Adopt(graph.A[e], graph.B[e], fixedSlots[e], graph.W[e], MeetingOrigin.Requested);
            }
        }

        for (var e = 0; e < graph.Edges; e++)
        {
            if (graph.Kind[e] == ScheduleGraph.Requested && board.SlotOf[e] >= 0)
            {
                state.Adopt(graph.A[e], graph.B[e], board.SlotOf[e], graph.W[e], MeetingOrigin.Requested);
            }
        }

        var asked = new HashSet<long>();
        foreach (var (a, b, _) in model.Requests)
        {
            var key = ScheduleModel.Key(a, b);
            if (asked.Add(key) && !IsPlaced(graph, board, a, b))
            {
                reasons.MarkUnplaced(a, b);
            }
        }

        for (var e = 0; e < graph.Edges; e++)
        {
            if (graph.Kind[e] == ScheduleGraph.Proposed && board.SlotOf[e] >= 0)
            {
                state.Adopt(graph.A[e], graph.B[e], board.SlotOf[e], graph.W[e], MeetingOrigin.Proposed);
            }
        }

        var result = state.ToResult(bound);
        return result with { UnplacedRequests = reasons.ToResult(0).UnplacedRequests };
    }

    private static bool IsPlaced(ScheduleGraph graph, MeetingBoard board, int a, int b)
    {
        for (var k = graph.AdjStart[a]; k < graph.AdjStart[a + 1]; k++)
        {
            var e = graph.AdjEdge[k];
            if (graph.Other(e, a) == b)
            {
                return board.SlotOf[e] >= 0;
            }
        }

        return false;
    }
}
