namespace Hub.Scheduling;

/// <summary>
/// A proven upper bound from the dual of the time-indexed LP relaxation. Variables x[e,s] for each pair e and slot s
/// both people can use; rows: each pair at most once (dual u_e), each person at most once per slot (p_is), tables per
/// slot (q_s), each person at most their capacity (y_i). For ANY nonnegative p, q, y the choice
/// u_e = max(0, max_s w_e - p_as - p_bs - q_s - y_a - y_b) is dual feasible, so
/// sum u + sum p + sum q_s T_s + sum y_i c_i bounds every schedule. Forced breaks and fairness are dropped (which only
/// loosens it), and the capacity c_i already counts the slots a forced break takes. The prices are tuned by exact
/// coordinate descent with subgradient (Polyak) steps to leave its plateaus; the best point is evaluated exactly.
/// </summary>
internal sealed class DualBound
{
    private readonly ScheduleGraph _g;
    private readonly int _slots;
    private readonly double[] _p;
    private readonly double[] _q;
    private readonly double[] _y;

    // Per edge: best and second best slot term w - p_a - p_b - q (without y), and the best slot.
    private readonly double[] _best1;
    private readonly double[] _best2;
    private readonly int[] _bestSlot;

    // Slots each edge can use (CSR) and edges each slot can take.
    private readonly int[] _edgeSlotStart;
    private readonly int[] _edgeSlot;
    private readonly int[] _slotEdgeStart;
    private readonly int[] _slotEdge;
    private double[] _buffer = new double[64];

    // Meetings every acceptable schedule contains (locked ones, in their slot; requests when all feasible ones are
    // placed): their row is an equality, so u_e may go negative and is not clamped at 0.
    private readonly bool[] _forced;
    private readonly int[] _forcedAt;

    public DualBound(ScheduleGraph graph, bool[] forced)
    {
        _forced = forced;
        _forcedAt = new int[graph.People];
        for (var e = 0; e < graph.Edges; e++)
        {
            if (forced[e])
            {
                _forcedAt[graph.A[e]]++;
                _forcedAt[graph.B[e]]++;
            }
        }

        _g = graph;
        _slots = graph.Slots;
        _p = new double[graph.People * _slots];
        _q = new double[_slots];
        _y = new double[graph.People];
        var edges = graph.Edges;
        _best1 = new double[edges];
        _best2 = new double[edges];
        _bestSlot = new int[edges];
        _edgeSlotStart = new int[edges + 1];
        var perSlot = new int[_slots + 1];
        var list = new List<int>();
        for (var e = 0; e < edges; e++)
        {
            for (var s = 0; s < _slots; s++)
            {
                if (graph.Common(e, s) && (!forced[e] || graph.LockedSlot[e] < 0 || graph.LockedSlot[e] == s))
                {
                    list.Add(s);
                    perSlot[s + 1]++;
                }
            }

            _edgeSlotStart[e + 1] = list.Count;
        }

        _edgeSlot = [.. list];
        _slotEdgeStart = new int[_slots + 1];
        for (var s = 0; s < _slots; s++)
        {
            _slotEdgeStart[s + 1] = _slotEdgeStart[s] + perSlot[s + 1];
        }

        var fill = (int[])_slotEdgeStart.Clone();
        _slotEdge = new int[list.Count];
        for (var e = 0; e < edges; e++)
        {
            for (var k = _edgeSlotStart[e]; k < _edgeSlotStart[e + 1]; k++)
            {
                _slotEdge[fill[_edgeSlot[k]]++] = e;
            }
        }

        for (var e = 0; e < edges; e++)
        {
            Refresh(e);
        }

        Best = Evaluate();
        BestY = (double[])_y.Clone();
    }

    /// <summary>The lowest bound found so far (already exact and rounded up).</summary>
    public double Best { get; private set; }

    /// <summary>The capacity prices at the best bound: w_e - y_a - y_b says how much more a pair is worth than its people's alternatives.</summary>
    public double[] BestY { get; private set; }

    public double[] BestP { get; private set; } = [];

    public double[] BestQ { get; private set; } = [];

    /// <summary>Runs the given number of rounds (each a coordinate sweep and a few subgradient steps); target is a known schedule value.</summary>
    public void Improve(int rounds, double target, CancellationToken emergency)
    {
        var step = 1.0;
        var sinceBest = 0;
        var gy = new double[_y.Length];
        var gp = new double[_p.Length];
        var gq = new double[_slots];
        for (var round = 0; round < rounds && !emergency.IsCancellationRequested; round++)
        {
            SweepY();
            SweepQ();
            SweepP();
            SweepY();
            Keep();
            for (var k = 0; k < 4; k++)
            {
                var value = Raw();
                if (!SubgradientStep(value, target, step, gy, gp, gq))
                {
                    return;
                }
            }

            Keep();
            if (++sinceBest > 3)
            {
                step *= 0.5;
                sinceBest = 0;
            }
        }

        SweepY();
        Keep();
    }

    private void Keep()
    {
        var value = Evaluate();
        if (value < Best)
        {
            Best = value;
            BestY = (double[])_y.Clone();
            BestP = (double[])_p.Clone();
            BestQ = (double[])_q.Clone();
        }
    }

    /// <summary>The bound at the current prices, recomputed from scratch and rounded up to cover floating-point error.</summary>
    public double Evaluate()
    {
        var total = 0.0;
        var terms = 0;
        for (var e = 0; e < _g.Edges; e++)
        {
            var best = _forced[e] ? double.NegativeInfinity : 0.0;
            for (var k = _edgeSlotStart[e]; k < _edgeSlotStart[e + 1]; k++)
            {
                var s = _edgeSlot[k];
                var t = _g.W[e] - _p[_g.A[e] * _slots + s] - _p[_g.B[e] * _slots + s] - _q[s] - _y[_g.A[e]] - _y[_g.B[e]];
                best = Math.Max(best, t);
            }

            total += best;
            terms++;
        }

        for (var i = 0; i < _p.Length; i++)
        {
            total += _p[i];
        }

        for (var s = 0; s < _slots; s++)
        {
            total += _q[s] * _g.Tables[s];
        }

        for (var i = 0; i < _y.Length; i++)
        {
            total += _y[i] * _g.Capacity[i];
        }

        // Each term is at most a few units, so 1e-12 each covers rounding in the sums above many times over.
        terms += _p.Length + _slots + _y.Length;
        return total + terms * 1e-12;
    }

    private double Raw()
    {
        var total = 0.0;
        for (var e = 0; e < _g.Edges; e++)
        {
            var u = _best1[e] - _y[_g.A[e]] - _y[_g.B[e]];
            total += _forced[e] ? u : Math.Max(0, u);
        }

        for (var i = 0; i < _p.Length; i++)
        {
            total += _p[i];
        }

        for (var s = 0; s < _slots; s++)
        {
            total += _q[s] * _g.Tables[s];
        }

        for (var i = 0; i < _y.Length; i++)
        {
            total += _y[i] * _g.Capacity[i];
        }

        return total;
    }

    private void Refresh(int e)
    {
        double b1 = double.NegativeInfinity, b2 = double.NegativeInfinity;
        var bs = -1;
        int a = _g.A[e] * _slots, b = _g.B[e] * _slots;
        var w = _g.W[e];
        for (var k = _edgeSlotStart[e]; k < _edgeSlotStart[e + 1]; k++)
        {
            var s = _edgeSlot[k];
            var t = w - _p[a + s] - _p[b + s] - _q[s];
            if (t > b1)
            {
                b2 = b1;
                b1 = t;
                bs = s;
            }
            else if (t > b2)
            {
                b2 = t;
            }
        }

        _best1[e] = b1;
        _best2[e] = b2;
        _bestSlot[e] = bs;
    }

    private double[] Buffer(int size)
    {
        if (_buffer.Length < size)
        {
            _buffer = new double[Math.Max(size, _buffer.Length * 2)];
        }

        return _buffer;
    }

    /// <summary>The k-th largest (1-based) of the first n values of the buffer, or 0 when there are fewer than k; never below 0.</summary>
    private static double KthLargestPositive(double[] values, int n, int k)
    {
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            if (values[i] > 0)
            {
                values[m++] = values[i];
            }
        }

        if (m < k)
        {
            return 0;
        }

        Array.Sort(values, 0, m);
        return values[m - k];
    }

    private void SweepY()
    {
        for (var i = 0; i < _y.Length; i++)
        {
            int from = _g.AdjStart[i], to = _g.AdjStart[i + 1];
            var values = Buffer(to - from);
            var n = 0;
            for (var k = from; k < to; k++)
            {
                var e = _g.AdjEdge[k];
                if (_bestSlot[e] >= 0 && !_forced[e])
                {
                    values[n++] = _best1[e] - _y[_g.Other(e, i)];
                }
            }

            // c_i y + sum max(0, m_e - y) is least where at most c_i of the m_e lie above y.
            // Forced meetings take their capacity whatever y is.
            _y[i] = KthLargestPositive(values, n, Math.Max(1, _g.Capacity[i] - _forcedAt[i] + 1));
        }
    }

    private double Rest(int e, int s)
    {
        var rest = (_bestSlot[e] == s ? _best2[e] : _best1[e]) - _y[_g.A[e]] - _y[_g.B[e]];
        return _forced[e] ? rest : Math.Max(0, rest);
    }

    private void SweepP()
    {
        for (var i = 0; i < _y.Length; i++)
        {
            int from = _g.AdjStart[i], to = _g.AdjStart[i + 1];
            var values = Buffer(to - from);
            for (var s = 0; s < _slots; s++)
            {
                if (!_g.Usable[i * _slots + s])
                {
                    continue;
                }

                var n = 0;
                var old = _p[i * _slots + s];
                for (var k = from; k < to; k++)
                {
                    var e = _g.AdjEdge[k];
                    if (!_g.Common(e, s))
                    {
                        continue;
                    }

                    var t = _g.W[e] - _p[_g.A[e] * _slots + s] - _p[_g.B[e] * _slots + s] - _q[s] + old - _y[_g.A[e]] - _y[_g.B[e]];
                    values[n++] = t - Rest(e, s);
                }

                // p + sum max(R_e, t_e - p) is least where at most one t_e - R_e lies above p.
                var fresh = KthLargestPositive(values, n, 2);
                if (fresh != old)
                {
                    _p[i * _slots + s] = fresh;
                    for (var k = from; k < to; k++)
                    {
                        var e = _g.AdjEdge[k];
                        if (_g.Common(e, s))
                        {
                            Refresh(e);
                        }
                    }
                }
            }
        }
    }

    private void SweepQ()
    {
        for (var s = 0; s < _slots; s++)
        {
            int from = _slotEdgeStart[s], to = _slotEdgeStart[s + 1];
            var values = Buffer(to - from);
            var n = 0;
            var old = _q[s];
            for (var k = from; k < to; k++)
            {
                var e = _slotEdge[k];
                var t = _g.W[e] - _p[_g.A[e] * _slots + s] - _p[_g.B[e] * _slots + s] - _y[_g.A[e]] - _y[_g.B[e]];
                values[n++] = t - Rest(e, s);
            }

            var fresh = KthLargestPositive(values, n, _g.Tables[s] + 1);
            if (fresh != old)
            {
                _q[s] = fresh;
                for (var k = from; k < to; k++)
                {
                    Refresh(_slotEdge[k]);
                }
            }
        }
    }

    private bool SubgradientStep(double value, double target, double step, double[] gy, double[] gp, double[] gq)
    {
        for (var i = 0; i < gy.Length; i++)
        {
            gy[i] = _g.Capacity[i];
        }

        for (var i = 0; i < gp.Length; i++)
        {
            gp[i] = _g.Usable[i] ? 1 : 0;
        }

        for (var s = 0; s < _slots; s++)
        {
            gq[s] = _g.Tables[s];
        }

        for (var e = 0; e < _g.Edges; e++)
        {
            int a = _g.A[e], b = _g.B[e], s = _bestSlot[e];
            if (s >= 0 && (_forced[e] || _best1[e] - _y[a] - _y[b] > 0))
            {
                gy[a]--;
                gy[b]--;
                gp[a * _slots + s]--;
                gp[b * _slots + s]--;
                gq[s]--;
            }
        }

        var norm = 0.0;
        for (var i = 0; i < gy.Length; i++)
        {
            gy[i] = _y[i] <= 0 && gy[i] > 0 ? 0 : gy[i];
            norm += gy[i] * gy[i];
        }

        for (var i = 0; i < gp.Length; i++)
        {
            gp[i] = _p[i] <= 0 && gp[i] > 0 ? 0 : gp[i];
            norm += gp[i] * gp[i];
        }

        for (var s = 0; s < _slots; s++)
        {
            gq[s] = _q[s] <= 0 && gq[s] > 0 ? 0 : gq[s];
            norm += gq[s] * gq[s];
        }

        if (norm == 0)
        {
            return false;
        }

        var lambda = step * Math.Max(value - target, 1e-6 * value) / norm;
        for (var i = 0; i < gy.Length; i++)
        {
            _y[i] = Math.Max(0, _y[i] - lambda * gy[i]);
        }

        for (var i = 0; i < gp.Length; i++)
        {
            _p[i] = Math.Max(0, _p[i] - lambda * gp[i]);
        }

        for (var s = 0; s < _slots; s++)
        {
            _q[s] = Math.Max(0, _q[s] - lambda * gq[s]);
        }

        for (var e = 0; e < _g.Edges; e++)
        {
            Refresh(e);
        }

        return true;
    }
}
