namespace Hub.Scheduling;

/// <summary>
/// Builds a schedule and improves it by simulated annealing over ejection chains: insert a pair in a slot, moving
/// (Kempe-chain recolouring) or ejecting whatever is in the way, put the ejected meetings back elsewhere when they fit
/// and give the people they left the best pair that still fits. Then fairness repair (cheapest loss first) and a pass
/// that recolours meetings between slots to close idle gaps without changing the weight. Work is counted in moves, so
/// the same seed and budget give the same schedule whatever the machine's speed.
/// </summary>
internal sealed class ScheduleSearch
{
    private readonly ScheduleGraph _g;
    private readonly MeetingBoard _board;
    private readonly Random _random;
    private readonly int _slots;
    private readonly double[] _priority;
    private readonly int[] _proposed;
    private readonly List<int> _ejected = [];
    private readonly List<int> _chain = [];
    private readonly List<int> _touched = [];
    private readonly int[] _countBefore;
    private readonly int[] _touchedIn;
    private readonly int[] _placedIn;
    private int _moveStamp;
    private int[] _bestSlots;
    private double _bestWeight;
    private readonly CancellationToken _emergency;

    /// <summary>How many times an ejection chain may eject again to give a person who lost a meeting a new one.</summary>
    public int ChainDepth { get; set; } = 3;

    public ScheduleSearch(ScheduleGraph graph, int seed, CancellationToken emergency)
    {
        _g = graph;
        _slots = graph.Slots;
        _board = new MeetingBoard(graph);
        _random = new Random(seed);
        _emergency = emergency;
        _countBefore = new int[graph.People];
        _touchedIn = new int[graph.People];
        _placedIn = new int[graph.Edges];
        _priority = (double[])graph.W.Clone();
        var proposed = new List<int>();
        for (var e = 0; e < graph.Edges; e++)
        {
            if (graph.Kind[e] == ScheduleGraph.Proposed)
            {
                proposed.Add(e);
            }
        }

        _proposed = [.. proposed];
        _bestSlots = (int[])_board.SlotOf.Clone();
    }

    /// <summary>Samples pairs by reduced cost (weight less both people's capacity prices) instead of weight.</summary>
    public void UsePrices(double[] prices)
    {
        for (var e = 0; e < _g.Edges; e++)
        {
            _priority[e] = _g.W[e] - prices[_g.A[e]] - prices[_g.B[e]];
        }
    }

    public MeetingBoard Board => _board;

    /// <summary>Locked meetings in their slots (the caller checked they hold), then requests, most constrained first.</summary>
    public void PlaceFixed()
    {
        for (var e = 0; e < _g.Edges; e++)
        {
            if (_g.Kind[e] == ScheduleGraph.Locked)
            {
                _board.Place(e, _g.LockedSlot[e]);
            }
        }

        var requests = new List<int>();
        for (var e = 0; e < _g.Edges; e++)
        {
            if (_g.Kind[e] == ScheduleGraph.Requested)
            {
                requests.Add(e);
            }
        }

        // Fewest common slots first, then heaviest: the hard ones take their few chances before the easy ones fill them.
        var order = requests.OrderBy(CommonSlots).ThenByDescending(e => _g.W[e]).ThenBy(e => e).ToArray();
        foreach (var e in order)
        {
            if (!PlaceAnywhere(e))
            {
                // Make room by recolouring what blocks it; requests are never ejected for each other.
                TryInsert(e, double.PositiveInfinity, allowEjection: false, protectFairness: false);
            }
        }

        _board.Commit();
    }

    private int CommonSlots(int e)
    {
        var n = 0;
        for (var s = 0; s < _slots; s++)
        {
            n += _g.Common(e, s) ? 1 : 0;
        }

        return n;
    }

    /// <summary>Best pair first (by reduced cost when prices are known), each in the first slot it fits.</summary>
    public void Construct()
    {
        var order = (int[])_proposed.Clone();
        var keys = new double[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            keys[k] = -_priority[order[k]];
        }

        Array.Sort(keys, order);
        foreach (var e in order)
        {
            PlaceAnywhere(e);
        }

        _board.Commit();
        Snapshot();
    }

    private bool PlaceAnywhere(int e)
    {
        for (var s = 0; s < _slots; s++)
        {
            if (_board.CanPlace(e, s))
            {
                _board.Place(e, s);
                return true;
            }
        }

        return false;
    }

    /// <summary>Simulated annealing for the given number of moves, cooling from t0 to t1.</summary>
    public void Anneal(long moves, double t0, double t1, bool protectFairness)
    {
        if (_proposed.Length == 0 || moves <= 0)
        {
            return;
        }

        var cool = Math.Pow(t1 / t0, 1.0 / moves);
        var temperature = t0;
        var lastSnapshot = 0L;
        for (long move = 0; move < moves; move++, temperature *= cool)
        {
            if ((move & 1023) == 0 && _emergency.IsCancellationRequested)
            {
                break;
            }

            // Two moves in three recolour a meeting's Kempe chain into another slot: the weight stays, the move is cheap,
            // and the reshuffled free slots let later insertions fit without ejecting (measured: better than 1 in 2, 4, 8).
            if (_random.Next(3) != 0)
            {
                var placed = _proposed[_random.Next(_proposed.Length)];
                if (_board.SlotOf[placed] >= 0)
                {
                    Kempe(placed, _random.Next(_slots));
                    _board.Commit();
                }

                continue;
            }

            // Two draws, the higher reduced cost wins: search where the prices say value is.
            var e = _proposed[_random.Next(_proposed.Length)];
            var other = _proposed[_random.Next(_proposed.Length)];
            if (_board.SlotOf[e] >= 0 || (_board.SlotOf[other] < 0 && _priority[other] > _priority[e]))
            {
                e = other;
            }

            if (_board.SlotOf[e] >= 0)
            {
                continue;
            }

            TryInsert(e, temperature, allowEjection: true, protectFairness);
            if (_board.Weight > _bestWeight + 1e-9 && move - lastSnapshot >= 64)
            {
                Snapshot();
                lastSnapshot = move;
            }
        }

        if (_board.Weight + 1e-9 < _bestWeight)
        {
            Restore();
        }
        else
        {
            Snapshot();
        }
    }

    private void Snapshot()
    {
        _bestWeight = _board.Weight;
        _bestSlots = (int[])_board.SlotOf.Clone();
    }

    private void Restore()
    {
        for (var e = 0; e < _g.Edges; e++)
        {
            if (_board.SlotOf[e] >= 0)
            {
                _board.Remove(e);
            }
        }

        for (var e = 0; e < _g.Edges; e++)
        {
            if (_bestSlots[e] >= 0)
            {
                _board.Place(e, _bestSlots[e]);
            }
        }

        _board.Commit();
    }

    /// <summary>
    /// Puts edge e into its most promising slot, moving or ejecting what is in the way, repairs, and keeps the result
    /// when the weight rises or the annealing accepts the loss. Returns whether e was placed.
    /// </summary>
    private bool TryInsert(int e, double temperature, bool allowEjection, bool protectFairness)
    {
        _moveStamp++;
        var s = ChooseSlot(e, allowEjection);
        if (s < 0)
        {
            return false;
        }

        var mark = _board.Journal;
        var before = _board.Weight;
        int a = _g.A[e], b = _g.B[e];
        _ejected.Clear();
        _touched.Clear();
        if (protectFairness)
        {
            Touch(a);
            Touch(b);
        }

        if (!allowEjection)
        {
            ClearWay(e, s);
            if (_board.CanPlace(e, s))
            {
                _board.Place(e, s);
                _board.Commit();
                return true;
            }

            _board.Undo(mark);
            return false;
        }

        if (!Chain(e, s, ChainDepth, protectFairness))
        {
            _board.Undo(mark);
            return false;
        }

        var delta = _board.Weight - before;
        if (protectFairness && BrokeFairness())
        {
            _board.Undo(mark);
            return false;
        }

        if (delta >= -1e-12 || _random.NextDouble() < Math.Exp(delta / temperature))
        {
            _board.Commit();
            return true;
        }

        _board.Undo(mark);
        return false;
    }

    private void Touch(int v)
    {
        // The count before the move: only the first touch in a move records it.
        if (_touchedIn[v] != _moveStamp)
        {
            _touchedIn[v] = _moveStamp;
            _countBefore[v] = _board.Count[v];
            _touched.Add(v);
        }
    }

    private bool BrokeFairness()
    {
        var k = _g.Model.FairnessMinimum;
        foreach (var v in _touched)
        {
            if (_board.Count[v] < _countBefore[v] && _board.Count[v] < k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The common slot with the cheapest estimated ejection (ties broken at random); -1 when none is usable.</summary>
    private int ChooseSlot(int e, bool allowEjection)
    {
        int a = _g.A[e], b = _g.B[e];
        var best = -1;
        var bestCost = double.PositiveInfinity;
        var offset = _random.Next(_slots);
        double capA = _board.Count[a] >= _g.Max[a] ? CheapestOf(a) : 0, capB = _board.Count[b] >= _g.Max[b] ? CheapestOf(b) : 0;
        for (var k = 0; k < _slots; k++)
        {
            var s = (k + offset) % _slots;
            if (!_g.Common(e, s))
            {
                continue;
            }

            var cost = 0.0;
            var ma = _board.At(a, s);
            var mb = _board.At(b, s);
            cost += ma >= 0 ? (_g.Kind[ma] == ScheduleGraph.Locked ? double.PositiveInfinity : _g.W[ma] * 0.5) : 0;
            cost += mb >= 0 ? (_g.Kind[mb] == ScheduleGraph.Locked ? double.PositiveInfinity : _g.W[mb] * 0.5) : 0;
            if (!allowEjection && (ma >= 0 || mb >= 0))
            {
                cost += 1;
            }

            cost += ma < 0 ? capA : 0;
            cost += mb < 0 ? capB : 0;
            cost += _board.Used[s] >= _g.Tables[s] && ma < 0 && mb < 0 ? 0.3 : 0;
            if (cost < bestCost)
            {
                bestCost = cost;
                best = s;
            }
        }

        return double.IsPositiveInfinity(bestCost) ? -1 : best;
    }

    /// <summary>
    /// Only proposed meetings are ejected (locks and requests stay), and a chain never takes back what it placed in the
    /// same move (it would only undo itself). With fairness protected, the check after the whole chain decides: an
    /// endpoint of the inserted pair may lose a meeting and gain one.
    /// </summary>
    private bool Ejectable(int m) => _g.Kind[m] == ScheduleGraph.Proposed && _placedIn[m] != _moveStamp;

    /// <summary>The lightest meeting of v that ejecting would break v's run through t (an estimate for choosing).</summary>
    private double CheapestInRun(int v, int t)
    {
        var cheapest = double.PositiveInfinity;
        var max = _g.MaxConsecutive;
        for (var u = Math.Max(_g.SessionStart[t], t - max); u <= Math.Min(_g.SessionEnd[t], t + max); u++)
        {
            var m = _board.At(v, u);
            if (u != t && m >= 0 && Ejectable(m))
            {
                cheapest = Math.Min(cheapest, _g.W[m]);
            }
        }

        return cheapest;
    }

    private double CheapestOf(int v)
    {
        var cheapest = double.PositiveInfinity;
        for (var s = 0; s < _slots; s++)
        {
            var m = _board.At(v, s);
            if (m >= 0 && Ejectable(m))
            {
                cheapest = Math.Min(cheapest, _g.W[m]);
            }
        }

        return cheapest;
    }

    private void Eject(int m, bool protectFairness)
    {
        if (protectFairness)
        {
            Touch(_g.A[m]);
            Touch(_g.B[m]);
        }

        _board.Remove(m);
        _ejected.Add(m);
    }

    /// <summary>Ejects what stops e from going into s: meetings of its people then, a table, capacity, a forced break.</summary>
    private bool EjectBlockers(int e, int s, bool protectFairness)
    {
        int a = _g.A[e], b = _g.B[e];
        for (var side = 0; side < 2; side++)
        {
            var v = side == 0 ? a : b;
            var m = _board.At(v, s);
            if (m >= 0)
            {
                if (!Ejectable(m))
                {
                    return false;
                }

                Eject(m, protectFairness);
            }
        }

        if (_board.Used[s] >= _g.Tables[s])
        {
            // The cheapest of a few meetings in the slot: scanning all of a big slot costs more than it earns.
            var victim = -1;
            for (var k = 0; k < 4; k++)
            {
                var m = _board.Member(s, _random.Next(_board.Used[s]));
                if (Ejectable(m) && (victim < 0 || _g.W[m] < _g.W[victim]))
                {
                    victim = m;
                }
            }

            if (victim < 0)
            {
                return false;
            }

            Eject(victim, protectFairness);
        }

        for (var side = 0; side < 2; side++)
        {
            var v = side == 0 ? a : b;
            if (_board.Count[v] >= _g.Max[v])
            {
                var victim = -1;
                for (var t = 0; t < _slots; t++)
                {
                    var m = _board.At(v, t);
                    if (m >= 0 && Ejectable(m) && (victim < 0 || _g.W[m] < _g.W[victim]))
                    {
                        victim = m;
                    }
                }

                if (victim < 0)
                {
                    return false;
                }

                Eject(victim, protectFairness);
            }

            for (var tries = 0; tries < 2 && !_board.RunFits(v, s); tries++)
            {
                // Cheapest meeting in the run around s: taking it out splits the run.
                var victim = -1;
                var max = _g.MaxConsecutive;
                for (var t = Math.Max(_g.SessionStart[s], s - max); t <= Math.Min(_g.SessionEnd[s], s + max); t++)
                {
                    var m = _board.At(v, t);
                    if (t != s && m >= 0 && Ejectable(m) && (victim < 0 || _g.W[m] < _g.W[victim]))
                    {
                        victim = m;
                    }
                }

                if (victim < 0)
                {
                    return false;
                }

                Eject(victim, protectFairness);
            }
        }

        return true;
    }

    /// <summary>Moves the meetings that block e in s elsewhere by Kempe chains (the weight stays; only the slots change).</summary>
    private void ClearWay(int e, int s)
    {
        for (var side = 0; side < 2; side++)
        {
            var v = side == 0 ? _g.A[e] : _g.B[e];
            for (var tries = 0; tries < 3 && _board.At(v, s) >= 0; tries++)
            {
                var t = _random.Next(_slots);
                if (t != s && _board.At(v, t) < 0 && _g.Usable[v * _slots + t])
                {
                    Kempe(_board.At(v, s), t);
                }
            }
        }
    }

    /// <summary>
    /// Ejection chain: puts e into s (clearing the way, then ejecting what still blocks), puts ejected meetings back
    /// where they fit, and otherwise gives each person an ejected meeting left the best pair it can have, ejecting in
    /// turn up to depth more times. False when e cannot go in at all (the caller undoes the whole move).
    /// </summary>
    private bool Chain(int e, int s, int depth, bool protectFairness, bool clearWay = true)
    {
        if (clearWay)
        {
            ClearWay(e, s);
        }

        var start = _ejected.Count;
        if (!EjectBlockers(e, s, protectFairness) || !_board.CanPlace(e, s))
        {
            return false;
        }

        _board.Place(e, s);
        _placedIn[e] = _moveStamp;
        var end = _ejected.Count;
        for (var k = start; k < end; k++)
        {
            var m = _ejected[k];
            if (PlaceAnywhereFrom(m, _random.Next(_slots)))
            {
                continue;
            }

            for (var side = 0; side < 2; side++)
            {
                var x = side == 0 ? _g.A[m] : _g.B[m];
                if (x == _g.A[e] || x == _g.B[e])
                {
                    continue;
                }

                if (depth <= 0)
                {
                    FillBest(x);
                    continue;
                }

                var (f, t) = BestOption(x);
                if (f >= 0)
                {
                    var mark = _board.Journal;
                    var ejected = _ejected.Count;
                    if (!Chain(f, t, depth - 1, protectFairness))
                    {
                        _board.Undo(mark);
                        _ejected.RemoveRange(ejected, _ejected.Count - ejected);
                    }
                }
            }
        }

        return true;
    }

    private bool PlaceAnywhereFrom(int e, int offset)
    {
        for (var k = 0; k < _slots; k++)
        {
            var s = (k + offset) % _slots;
            if (_board.CanPlace(e, s))
            {
                _board.Place(e, s);
                return true;
            }
        }

        return false;
    }

    /// <summary>x's most promising unplaced pair and a slot where x is free: weight less the estimated cost of making room.</summary>
    private (int Edge, int Slot) BestOption(int x)
    {
        if (_board.Count[x] >= _g.Max[x])
        {
            return (-1, -1);
        }

        int bestEdge = -1, bestSlot = -1;
        var bestValue = 0.0;
        for (var k = _g.AdjStart[x]; k < _g.AdjStart[x + 1]; k++)
        {
            var f = _g.AdjEdge[k];
            if (_board.SlotOf[f] >= 0 || _g.Kind[f] == ScheduleGraph.Locked || _g.W[f] <= bestValue)
            {
                continue;
            }

            var z = _g.Other(f, x);
            var capZ = _board.Count[z] >= _g.Max[z] ? CheapestOf(z) : 0;
            for (var t = 0; t < _slots; t++)
            {
                if (!_g.Common(f, t) || _board.At(x, t) >= 0)
                {
                    continue;
                }

                var mz = _board.At(z, t);
                var cost = mz >= 0 ? (Ejectable(mz) ? _g.W[mz] : double.PositiveInfinity) : capZ;
                cost += _board.Used[t] >= _g.Tables[t] ? 0.3 : 0;
                cost += _board.RunFits(x, t) ? 0 : CheapestInRun(x, t);
                cost += mz >= 0 || _board.RunFits(z, t) ? 0 : CheapestInRun(z, t);
                var value = _g.W[f] - cost;
                if (value > bestValue)
                {
                    bestValue = value;
                    bestEdge = f;
                    bestSlot = t;
                }
            }
        }

        return (bestEdge, bestSlot);
    }

    /// <summary>Places v's heaviest unplaced pair that fits somewhere as it is.</summary>
    private void FillBest(int v)
    {
        if (_board.Count[v] >= _g.Max[v])
        {
            return;
        }

        int bestEdge = -1, bestSlot = -1;
        var bestWeight = 0.0;
        for (var k = _g.AdjStart[v]; k < _g.AdjStart[v + 1]; k++)
        {
            var e = _g.AdjEdge[k];
            if (_board.SlotOf[e] >= 0 || _g.W[e] <= bestWeight || _g.Kind[e] == ScheduleGraph.Locked)
            {
                continue;
            }

            var u = _g.Other(e, v);
            if (_board.Count[u] >= _g.Max[u])
            {
                continue;
            }

            for (var s = 0; s < _slots; s++)
            {
                if (_board.CanPlace(e, s))
                {
                    bestEdge = e;
                    bestSlot = s;
                    bestWeight = _g.W[e];
                    break;
                }
            }
        }

        if (bestEdge >= 0)
        {
            _board.Place(bestEdge, bestSlot);
        }
    }

    /// <summary>
    /// Swaps slots s1 = slot of e and s2 along e's alternating chain (each person has at most one meeting per slot, so
    /// the chain is a path or a cycle). Weight does not change; undone when a table, availability or break rule fails.
    /// </summary>
    private bool Kempe(int e, int s2)
    {
        var s1 = _board.SlotOf[e];
        if (s1 < 0 || s1 == s2 || !BuildChain(e, s1, s2))
        {
            return false;
        }

        var mark = _board.Journal;
        ApplyChain(s1, s2);
        if (ChainRunsFit())
        {
            return true;
        }

        _board.Undo(mark);
        return false;
    }

    private bool BuildChain(int e, int s1, int s2)
    {
        _chain.Clear();
        _chain.Add(e);
        for (var direction = 0; direction < 2; direction++)
        {
            var v = direction == 0 ? _g.B[e] : _g.A[e];
            var slot = s1;
            while (true)
            {
                slot = slot == s1 ? s2 : s1;
                var next = _board.At(v, slot);
                if (next == e)
                {
                    // A cycle: the first walk went all the way round.
                    direction = 2;
                    break;
                }

                if (next < 0)
                {
                    break;
                }

                _chain.Add(next);
                if (_chain.Count > 64)
                {
                    return false;
                }

                v = _g.Other(next, v);
            }
        }

        int into1 = 0, into2 = 0;
        foreach (var m in _chain)
        {
            var from = _board.SlotOf[m];
            var to = from == s1 ? s2 : s1;
            if (_g.Kind[m] == ScheduleGraph.Locked || !_g.Common(m, to))
            {
                return false;
            }

            if (to == s1)
            {
                into1++;
            }
            else
            {
                into2++;
            }
        }

        return _board.Used[s1] - into2 + into1 <= _g.Tables[s1] && _board.Used[s2] - into1 + into2 <= _g.Tables[s2];
    }

    private void ApplyChain(int s1, int s2)
    {
        var targets = new int[_chain.Count];
        for (var k = 0; k < _chain.Count; k++)
        {
            targets[k] = _board.SlotOf[_chain[k]] == s1 ? s2 : s1;
            _board.Remove(_chain[k]);
        }

        for (var k = 0; k < _chain.Count; k++)
        {
            _board.Place(_chain[k], targets[k]);
        }
    }

    private bool ChainRunsFit()
    {
        foreach (var m in _chain)
        {
            var s = _board.SlotOf[m];
            if (!RunHolds(_g.A[m], s) || !RunHolds(_g.B[m], s))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>p's run through s (p meets in s) is no longer than MaxConsecutive.</summary>
    private bool RunHolds(int p, int s)
    {
        var max = _g.MaxConsecutive;
        if (max <= 0)
        {
            return true;
        }

        var run = 1;
        for (var t = s - 1; t >= _g.SessionStart[s] && _board.At(p, t) >= 0; t--)
        {
            run++;
        }

        for (var t = s + 1; t <= _g.SessionEnd[s] && _board.At(p, t) >= 0; t++)
        {
            run++;
        }

        return run <= max;
    }

    /// <summary>Gives people below the fairness minimum meetings, each time the option that loses the least weight.</summary>
    public void RepairFairness()
    {
        var k = _g.Model.FairnessMinimum;
        if (k <= 0)
        {
            return;
        }

        for (var v = 0; v < _g.People; v++)
        {
            while (_board.Count[v] < k && _board.Count[v] < _g.Capacity[v] && !_emergency.IsCancellationRequested)
            {
                var bestLoss = double.PositiveInfinity;
                int bestEdge = -1, bestSlot = -1;
                var bestClear = false;
                for (var j = _g.AdjStart[v]; j < _g.AdjStart[v + 1]; j++)
                {
                    var e = _g.AdjEdge[j];
                    if (_board.SlotOf[e] >= 0 || _g.Kind[e] == ScheduleGraph.Locked)
                    {
                        continue;
                    }

                    for (var s = 0; s < _slots; s++)
                    {
                        if (!_g.Common(e, s) || _board.At(v, s) >= 0)
                        {
                            continue;
                        }

                        // With and without first moving the blockers: either may be the one that keeps others above the minimum.
                        for (var clear = 0; clear < 2; clear++)
                        {
                            var loss = TryForced(v, e, s, clear == 1, commit: false);
                            if (loss < bestLoss)
                            {
                                bestLoss = loss;
                                bestEdge = e;
                                bestSlot = s;
                                bestClear = clear == 1;
                            }
                        }
                    }
                }

                if (bestEdge < 0)
                {
                    break;
                }

                TryForced(v, bestEdge, bestSlot, bestClear, commit: true);
            }
        }

        Snapshot();
    }

    /// <summary>Forces e into s without pushing anyone else below the minimum; returns the weight lost (or +inf).</summary>
    private double TryForced(int v, int e, int s, bool clearWay, bool commit)
    {
        var mark = _board.Journal;
        var before = _board.Weight;
        var count = _board.Count[v];
        _ejected.Clear();
        _touched.Clear();
        _moveStamp++;
        Touch(_g.A[e]);
        Touch(_g.B[e]);
        var ok = Chain(e, s, 1, protectFairness: true, clearWay) && !BrokeFairness() && _board.Count[v] > count;

        var loss = ok ? before - _board.Weight : double.PositiveInfinity;
        if (commit && ok)
        {
            _board.Commit();
        }
        else
        {
            _board.Undo(mark);
        }

        return loss;
    }

    /// <summary>Recolours meetings between slots (single moves and Kempe chains) while idle gaps do not grow.</summary>
    public void CloseGaps(long moves)
    {
        var placed = new List<int>();
        for (var e = 0; e < _g.Edges; e++)
        {
            if (_board.SlotOf[e] >= 0 && _g.Kind[e] != ScheduleGraph.Locked)
            {
                placed.Add(e);
            }
        }

        if (placed.Count == 0)
        {
            return;
        }

        for (long move = 0; move < moves; move++)
        {
            if ((move & 1023) == 0 && _emergency.IsCancellationRequested)
            {
                break;
            }

            var e = placed[_random.Next(placed.Count)];
            var s1 = _board.SlotOf[e];
            var s2 = _random.Next(_slots);
            if (s1 == s2 || !BuildChain(e, s1, s2))
            {
                continue;
            }

            var gapsBefore = ChainGaps();
            var mark = _board.Journal;
            ApplyChain(s1, s2);
            if (!ChainRunsFit() || ChainGaps() > gapsBefore)
            {
                _board.Undo(mark);
            }

            _board.Commit();
        }
    }

    private int ChainGaps()
    {
        // People on a chain appear at most twice; counting them twice keeps the comparison fair before and after.
        var total = 0;
        foreach (var m in _chain)
        {
            total += _board.Gaps(_g.A[m]) + _board.Gaps(_g.B[m]);
        }

        return total;
    }
}
