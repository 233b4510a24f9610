namespace Hub.Scheduling;

/// <summary>
/// The search's schedule as flat arrays, with every change journaled so a rejected move is undone exactly. All
/// placements go through <see cref="CanPlace"/>, the one rule for the search (the result is replayed through
/// <see cref="ScheduleState.WhyNot"/> and checked again at the end).
/// </summary>
internal sealed class MeetingBoard
{
    private readonly ScheduleGraph _g;
    private readonly int _slots;
    private readonly int[] _at;
    private readonly int[] _slotMembers;
    private readonly int[] _slotMemberStart;
    private readonly int[] _posInSlot;
    private readonly List<(int Edge, int Slot)> _journal = [];

    public MeetingBoard(ScheduleGraph graph)
    {
        _g = graph;
        _slots = graph.Slots;
        _at = new int[graph.People * _slots];
        Array.Fill(_at, -1);
        SlotOf = new int[graph.Edges];
        Array.Fill(SlotOf, -1);
        Count = new int[graph.People];
        Used = new int[_slots];
        _slotMemberStart = new int[_slots + 1];
        for (var s = 0; s < _slots; s++)
        {
            _slotMemberStart[s + 1] = _slotMemberStart[s] + graph.Tables[s];
        }

        _slotMembers = new int[_slotMemberStart[_slots]];
        _posInSlot = new int[graph.Edges];
    }

    public int[] SlotOf { get; }
    public int[] Count { get; }
    public int[] Used { get; }
    public double Weight { get; private set; }
    public int Journal => _journal.Count;

    public int At(int p, int s) => _at[p * _slots + s];

    public int Member(int s, int k) => _slotMembers[_slotMemberStart[s] + k];

    /// <summary>The one rule: a and b both usable and free in s, a table free, nobody over their maximum or forced break.</summary>
    public bool CanPlace(int e, int s)
    {
        int a = _g.A[e], b = _g.B[e];
        return SlotOf[e] < 0 && _g.Usable[a * _slots + s] && _g.Usable[b * _slots + s] && _at[a * _slots + s] < 0 && _at[b * _slots + s] < 0
               && Used[s] < _g.Tables[s] && Count[a] < _g.Max[a] && Count[b] < _g.Max[b] && RunFits(a, s) && RunFits(b, s);
    }

    /// <summary>True when p meeting in s would not make a run of more than MaxConsecutive meetings in s's session.</summary>
    public bool RunFits(int p, int s)
    {
        var max = _g.MaxConsecutive;
        if (max <= 0)
        {
            return true;
        }

        var run = 1;
        var row = p * _slots;
        for (var t = s - 1; t >= _g.SessionStart[s] && _at[row + t] >= 0 && run <= max; t--)
        {
            run++;
        }

        for (var t = s + 1; t <= _g.SessionEnd[s] && _at[row + t] >= 0 && run <= max; t++)
        {
            run++;
        }

        return run <= max;
    }

    public void Place(int e, int s)
    {
        Put(e, s);
        _journal.Add((e, -1));
    }

    public void Remove(int e)
    {
        _journal.Add((e, SlotOf[e]));
        Take(e);
    }

    private void Put(int e, int s)
    {
        int a = _g.A[e], b = _g.B[e];
        _at[a * _slots + s] = e;
        _at[b * _slots + s] = e;
        SlotOf[e] = s;
        Count[a]++;
        Count[b]++;
        _posInSlot[e] = Used[s];
        _slotMembers[_slotMemberStart[s] + Used[s]++] = e;
        Weight += _g.W[e];
    }

    private void Take(int e)
    {
        int a = _g.A[e], b = _g.B[e], s = SlotOf[e];
        _at[a * _slots + s] = -1;
        _at[b * _slots + s] = -1;
        SlotOf[e] = -1;
        Count[a]--;
        Count[b]--;
        var last = _slotMembers[_slotMemberStart[s] + --Used[s]];
        _slotMembers[_slotMemberStart[s] + _posInSlot[e]] = last;
        _posInSlot[last] = _posInSlot[e];
        Weight -= _g.W[e];
    }

    /// <summary>Undoes every change after the given journal mark.</summary>
    public void Undo(int mark)
    {
        for (var k = _journal.Count - 1; k >= mark; k--)
        {
            var (e, slot) = _journal[k];
            if (slot < 0)
            {
                Take(e);
            }
            else
            {
                Put(e, slot);
            }
        }

        _journal.RemoveRange(mark, _journal.Count - mark);
    }

    public void Commit() => _journal.Clear();

    /// <summary>Idle slots between p's first and last meeting.</summary>
    public int Gaps(int p)
    {
        int first = -1, last = -1, busy = 0, row = p * _slots;
        for (var s = 0; s < _slots; s++)
        {
            if (_at[row + s] >= 0)
            {
                first = first < 0 ? s : first;
                last = s;
                busy++;
            }
        }

        return first < 0 ? 0 : last - first + 1 - busy;
    }
}
