using Google.OrTools.LinearSolver;
using Google.OrTools.Sat;
using LinearExpr = Google.OrTools.Sat.LinearExpr;
using Hub.Scheduling;

namespace Hub.Benchmarks;

/// <summary>
/// Plain OR-Tools models of the same scheduling problem, for comparison only: CP-SAT (x[pair, slot] booleans, the hard
/// rules as linear constraints, requests first through a large bonus, the greedy schedule as a hint) and the time-indexed
/// LP relaxation solved by GLOP, to see how close the scheduler's own dual bound comes to the LP optimum.
/// </summary>
public static class CpSatScheduler
{
    private sealed record Shape(List<(int A, int B, double W, bool Request)> Pairs, bool[,] Usable, int[] Max, int[] Tables, int[] Session, Dictionary<string, int> Index);

    private static Shape Prepare(ScheduleInstance instance)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in instance.People)
        {
            index[p.Id] = index.Count;
        }

        var slots = instance.Slots.Count;
        var usable = new bool[index.Count, slots];
        foreach (var p in instance.People)
        {
            for (var s = 0; s < slots; s++)
            {
                usable[index[p.Id], s] = instance.Slots[s].Tables > 0 && !(p.Unavailable?.Contains(s) ?? false);
            }
        }

        var seen = new HashSet<(int, int)>();
        var pairs = new List<(int, int, double, bool)>();
        foreach (var (pair, request) in instance.Requests.Select(r => (r, true)).Concat(instance.Pairs.Select(p => (p, false))))
        {
            int a = index[pair.A], b = index[pair.B];
            if (seen.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                pairs.Add((a, b, pair.Weight, request));
            }
        }

        return new Shape(pairs, usable, [.. instance.People.Select(p => p.MaxMeetings)], [.. instance.Slots.Select(s => s.Tables)],
            [.. instance.Slots.Select(s => s.Session)], index);
    }

    /// <summary>
    /// The optimum of the time-indexed LP relaxation (the bound the dual prices approach from above); with forceRequests
    /// every request's row is an equality, as in the scheduler's bound when all requests are placed.
    /// </summary>
    public static double LpRelaxation(ScheduleInstance instance, bool forceRequests)
    {
        var shape = Prepare(instance);
        int people = shape.Max.Length, slots = shape.Tables.Length;
        using var solver = Solver.CreateSolver("GLOP");
        var perPersonSlot = new List<Variable>[people, slots];
        var perPerson = new List<Variable>[people];
        var perSlot = new List<Variable>[slots];
        for (var p = 0; p < people; p++)
        {
            perPerson[p] = [];
            for (var s = 0; s < slots; s++)
            {
                perPersonSlot[p, s] = [];
            }
        }

        for (var s = 0; s < slots; s++)
        {
            perSlot[s] = [];
        }

        var objective = solver.Objective();
        foreach (var (a, b, w, request) in shape.Pairs)
        {
            var once = new List<Variable>();
            for (var s = 0; s < slots; s++)
            {
                if (shape.Usable[a, s] && shape.Usable[b, s])
                {
                    var x = solver.MakeNumVar(0, 1, "");
                    objective.SetCoefficient(x, w);
                    once.Add(x);
                    perPersonSlot[a, s].Add(x);
                    perPersonSlot[b, s].Add(x);
                    perPerson[a].Add(x);
                    perPerson[b].Add(x);
                    perSlot[s].Add(x);
                }
            }

            Row(solver, once, 1);
            if (forceRequests && request)
            {
                var all = solver.MakeConstraint(1, 1, "");
                foreach (var x in once)
                {
                    all.SetCoefficient(x, 1);
                }
            }
        }

        for (var p = 0; p < people; p++)
        {
            Row(solver, perPerson[p], Capacity(shape, p, instance.MaxConsecutive));
            for (var s = 0; s < slots; s++)
            {
                Row(solver, perPersonSlot[p, s], 1);
            }
        }

        for (var s = 0; s < slots; s++)
        {
            Row(solver, perSlot[s], shape.Tables[s]);
        }

        objective.SetMaximization();
        solver.Solve();
        return objective.Value();
    }

    private static int Capacity(Shape shape, int p, int maxConsecutive)
    {
        int most = 0, run = 0, slots = shape.Tables.Length;
        for (var s = 0; s <= slots; s++)
        {
            var open = s < slots && shape.Usable[p, s] && (run == 0 || shape.Session[s] == shape.Session[s - 1]);
            if (open)
            {
                run++;
                continue;
            }

            most += maxConsecutive > 0 ? run - run / (maxConsecutive + 1) : run;
            run = s < slots && shape.Usable[p, s] ? 1 : 0;
        }

        return Math.Min(shape.Max[p], most);
    }

    private static void Row(Solver solver, List<Variable> variables, double upper)
    {
        if (variables.Count == 0)
        {
            return;
        }

        var row = solver.MakeConstraint(double.NegativeInfinity, upper, "");
        foreach (var x in variables)
        {
            row.SetCoefficient(x, 1);
        }
    }

    /// <summary>CP-SAT with the given workers and time limit; returns the schedule's weight (requests' bonus taken off).</summary>
    public static (double Objective, double Bound, int Meetings, string Status) Solve(ScheduleInstance instance, ScheduleResult hint, double seconds, int workers)
    {
        var shape = Prepare(instance);
        int people = shape.Max.Length, slots = shape.Tables.Length;
        var model = new CpModel();
        var busy = new List<ILiteral>[people, slots];
        var perPerson = new List<ILiteral>[people];
        var perSlot = new List<ILiteral>[slots];
        for (var p = 0; p < people; p++)
        {
            perPerson[p] = [];
            for (var s = 0; s < slots; s++)
            {
                busy[p, s] = [];
            }
        }

        for (var s = 0; s < slots; s++)
        {
            perSlot[s] = [];
        }

        var hinted = new HashSet<(int, int, int)>(hint.Meetings.Select(m =>
            (Math.Min(shape.Index[m.A], shape.Index[m.B]), Math.Max(shape.Index[m.A], shape.Index[m.B]), m.Slot)));
        const long scale = 100_000;
        const long requestBonus = 1_000_000_000;
        var terms = new List<(ILiteral X, long C)>();
        foreach (var (a, b, w, request) in shape.Pairs)
        {
            var once = new List<ILiteral>();
            for (var s = 0; s < slots; s++)
            {
                if (!shape.Usable[a, s] || !shape.Usable[b, s])
                {
                    continue;
                }

                var x = model.NewBoolVar("");
                model.AddHint(x, hinted.Contains((Math.Min(a, b), Math.Max(a, b), s)));
                once.Add(x);
                busy[a, s].Add(x);
                busy[b, s].Add(x);
                perPerson[a].Add(x);
                perPerson[b].Add(x);
                perSlot[s].Add(x);
                terms.Add((x, (long)Math.Round(w * scale) + (request ? requestBonus : 0)));
            }

            if (once.Count > 1)
            {
                model.AddAtMostOne(once);
            }
        }

        for (var p = 0; p < people; p++)
        {
            model.Add(LinearExpr.Sum(perPerson[p].Cast<IntVar>()) <= shape.Max[p]);
            for (var s = 0; s < slots; s++)
            {
                if (busy[p, s].Count > 1)
                {
                    model.AddAtMostOne(busy[p, s]);
                }
            }

            var k = instance.MaxConsecutive;
            for (var s = 0; k > 0 && s + k < slots; s++)
            {
                if (shape.Session[s] == shape.Session[s + k])
                {
                    model.Add(LinearExpr.Sum(Enumerable.Range(s, k + 1).SelectMany(t => busy[p, t]).Cast<IntVar>()) <= k);
                }
            }
        }

        for (var s = 0; s < slots; s++)
        {
            model.Add(LinearExpr.Sum(perSlot[s].Cast<IntVar>()) <= shape.Tables[s]);
        }

        model.Maximize(LinearExpr.WeightedSum(terms.Select(t => (IntVar)t.X), terms.Select(t => t.C)));
        var solver = new CpSolver { StringParameters = $"max_time_in_seconds:{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} num_workers:{workers}" };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return (0, 0, 0, status.ToString());
        }

        double weight = 0;
        var meetings = 0;
        foreach (var (x, c) in terms)
        {
            if (solver.BooleanValue(x))
            {
                weight += (double)(c % requestBonus) / scale;
                meetings++;
            }
        }

        var placedRequests = terms.Where(t => t.C >= requestBonus && solver.BooleanValue(t.X)).Count();
        var bound = (solver.BestObjectiveBound - (double)placedRequests * requestBonus) / scale;
        return (weight, bound, meetings, status.ToString());
    }
}
