namespace Hub.Scheduling;

/// <summary>
/// The instance as flat arrays for the search and the bound: every pair that may meet is one edge (locked first, then
/// requests, then candidates, each pair once), with per-person adjacency and the slots each person can use.
/// </summary>
internal sealed class ScheduleGraph
{
    public const byte Proposed = 0;
    public const byte Requested = 1;
    public const byte Locked = 2;

    public required ScheduleModel Model { get; init; }
    public required int People { get; init; }
    public required int Slots { get; init; }
    public required int[] A { get; init; }
    public required int[] B { get; init; }
    public required double[] W { get; init; }
    public required byte[] Kind { get; init; }

    /// <summary>The slot of a locked edge, -1 for the others.</summary>
    public required int[] LockedSlot { get; init; }

    /// <summary>Person p's edges are AdjEdge[AdjStart[p] .. AdjStart[p + 1]).</summary>
    public required int[] AdjStart { get; init; }
    public required int[] AdjEdge { get; init; }

    /// <summary>Usable[p * Slots + s]: p is available in s and s has a table at all.</summary>
    public required bool[] Usable { get; init; }
    public required int[] Tables { get; init; }
    public required int[] Max { get; init; }

    /// <summary>Most meetings p can have at all: their maximum, or fewer when free slots and forced breaks allow fewer.</summary>
    public required int[] Capacity { get; init; }

    /// <summary>SessionStart[s]: first slot of s's session; SessionEnd[s]: last.</summary>
    public required int[] SessionStart { get; init; }
    public required int[] SessionEnd { get; init; }
    public int MaxConsecutive => Model.MaxConsecutive;

    public int Edges => A.Length;

    public static ScheduleGraph Build(ScheduleModel model)
    {
        int n = model.People, slots = model.Slots;
        var index = new Dictionary<long, int>();
        var a = new List<int>();
        var b = new List<int>();
        var w = new List<double>();
        var kind = new List<byte>();
        var lockedSlot = new List<int>();

        void Add(int x, int y, double weight, byte k, int slot)
        {
            if (index.TryAdd(ScheduleModel.Key(x, y), a.Count))
            {
                a.Add(x);
                b.Add(y);
                w.Add(weight);
                kind.Add(k);
                lockedSlot.Add(slot);
            }
        }

        foreach (var l in model.Locked)
        {
            Add(l.A, l.B, l.W, Locked, l.Slot);
        }

        foreach (var r in model.Requests)
        {
            // A declined request can never be placed; the result still reports it with its reason.
            if (!model.Vetoed.Contains(ScheduleModel.Key(r.A, r.B)))
            {
                Add(r.A, r.B, r.W, Requested, -1);
            }
        }

        foreach (var p in model.Pairs)
        {
            Add(p.A, p.B, p.W, Proposed, -1);
        }

        var degree = new int[n + 1];
        for (var e = 0; e < a.Count; e++)
        {
            degree[a[e]]++;
            degree[b[e]]++;
        }

        var start = new int[n + 1];
        for (var p = 0; p < n; p++)
        {
            start[p + 1] = start[p] + degree[p];
        }

        var fill = (int[])start.Clone();
        var adj = new int[start[n]];
        for (var e = 0; e < a.Count; e++)
        {
            adj[fill[a[e]]++] = e;
            adj[fill[b[e]]++] = e;
        }

        var usable = new bool[n * slots];
        for (var p = 0; p < n; p++)
        {
            for (var s = 0; s < slots; s++)
            {
                usable[p * slots + s] = model.Available[p, s] && model.Tables[s] > 0;
            }
        }

        var sessionStart = new int[slots];
        var sessionEnd = new int[slots];
        for (var s = 0; s < slots; s++)
        {
            sessionStart[s] = s > 0 && model.Session[s - 1] == model.Session[s] ? sessionStart[s - 1] : s;
        }

        for (var s = slots - 1; s >= 0; s--)
        {
            sessionEnd[s] = s < slots - 1 && model.Session[s + 1] == model.Session[s] ? sessionEnd[s + 1] : s;
        }

        var capacity = new int[n];
        for (var p = 0; p < n; p++)
        {
            // A block of L usable slots in a row holds at most L - floor(L / (K + 1)) meetings without a run longer than K.
            var most = 0;
            var run = 0;
            for (var s = 0; s <= slots; s++)
            {
                var open = s < slots && usable[p * slots + s] && (run == 0 || sessionStart[s] != s);
                if (open)
                {
                    run++;
                    continue;
                }

                most += model.MaxConsecutive > 0 ? run - run / (model.MaxConsecutive + 1) : run;
                run = s < slots && usable[p * slots + s] ? 1 : 0;
            }

            capacity[p] = Math.Min(model.Max[p], most);
        }

        return new ScheduleGraph
        {
            Model = model,
            People = n,
            Slots = slots,
            A = [.. a],
            B = [.. b],
            W = [.. w],
            Kind = [.. kind],
            LockedSlot = [.. lockedSlot],
            AdjStart = start,
            AdjEdge = adj,
            Usable = usable,
            Tables = model.Tables,
            Max = model.Max,
            Capacity = capacity,
            SessionStart = sessionStart,
            SessionEnd = sessionEnd,
        };
    }

    public int Other(int e, int p) => A[e] == p ? B[e] : A[e];

    public bool Common(int e, int s) => Usable[A[e] * Slots + s] && Usable[B[e] * Slots + s];
}
