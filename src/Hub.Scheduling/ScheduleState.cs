namespace Hub.Scheduling;

/// <summary>A schedule under construction: who is where in which slot, with every hard rule checked on each placement.</summary>
internal sealed class ScheduleState
{
    private readonly ScheduleModel _model;
    private readonly int[,] _partner;
    private readonly int[] _tablesUsed;
    private readonly int[] _count;
    private readonly HashSet<long> _met = [];
    private readonly List<(int A, int B, int Slot, int? Table, double W, MeetingOrigin Origin)> _meetings = [];
    private readonly List<UnplacedRequest> _unplaced = [];

    public ScheduleState(ScheduleModel model)
    {
        _model = model;
        _partner = new int[model.People, model.Slots];
        for (var p = 0; p < model.People; p++)
        {
            for (var s = 0; s < model.Slots; s++)
            {
                _partner[p, s] = -1;
            }
        }

        _tablesUsed = new int[model.Slots];
        _count = new int[model.People];
    }

    public void PlaceLockedAndRequested()
    {
        PlaceLocked();
        PlaceRequested();
    }

    /// <summary>Places the organiser's locked meetings, refusing the instance when they cannot all hold.</summary>
    public void PlaceLocked()
    {
        foreach (var (a, b, slot, table, w) in _model.Locked)
        {
            var why = WhyNot(a, b, slot);
            if (why is not null)
            {
                throw new InvalidScheduleException($"The locked meetings cannot all hold: \"{_model.Ids[a]}\"–\"{_model.Ids[b]}\" in slot {slot}: {why}");
            }

            if (table is { } t && _meetings.Any(m => m.Slot == slot && m.Table == t))
            {
                throw new InvalidScheduleException($"Two locked meetings share table {t} in slot {slot}.");
            }

            Place(a, b, slot, table, w, MeetingOrigin.Locked);
        }
    }

    private void PlaceRequested()
    {
        foreach (var (a, b, w) in _model.Requests.OrderByDescending(r => r.W))
        {
            if (_met.Contains(ScheduleModel.Key(a, b)))
            {
                continue;
            }

            var slot = Enumerable.Range(0, _model.Slots).FirstOrDefault(s => WhyNot(a, b, s) is null, -1);
            if (slot >= 0)
            {
                Place(a, b, slot, null, w, MeetingOrigin.Requested);
            }
            else
            {
                _unplaced.Add(new UnplacedRequest(_model.Ids[a], _model.Ids[b], ReasonUnplaced(a, b)));
            }
        }
    }

    public void PlaceGreedily()
    {
        foreach (var (a, b, w) in _model.Pairs.OrderByDescending(p => p.W))
        {
            if (_met.Contains(ScheduleModel.Key(a, b)))
            {
                continue;
            }

            for (var s = 0; s < _model.Slots; s++)
            {
                if (WhyNot(a, b, s) is null)
                {
                    Place(a, b, s, null, w, MeetingOrigin.Proposed);
                    break;
                }
            }
        }
    }

    /// <summary>Places a meeting the search chose, checked by the same rule as every other placement.</summary>
    public void Adopt(int a, int b, int s, double w, MeetingOrigin origin)
    {
        var why = WhyNot(a, b, s);
        if (why is not null)
        {
            throw new InvalidOperationException($"The search produced an invalid meeting \"{_model.Ids[a]}\"–\"{_model.Ids[b]}\" in slot {s}: {why}.");
        }

        Place(a, b, s, null, w, origin);
    }

    /// <summary>Records an accepted request that stays out, with the reason as the schedule stands now.</summary>
    public void MarkUnplaced(int a, int b) => _unplaced.Add(new UnplacedRequest(_model.Ids[a], _model.Ids[b], ReasonUnplaced(a, b)));

    /// <summary>Null when a and b can meet in slot s, otherwise the rule that stops them.</summary>
    public string? WhyNot(int a, int b, int s)
    {
        if (_model.Vetoed.Contains(ScheduleModel.Key(a, b)))
        {
            return "one of them declined to meet the other";
        }

        if (_met.Contains(ScheduleModel.Key(a, b)))
        {
            return "they already meet";
        }

        if (!_model.Available[a, s] || !_model.Available[b, s])
        {
            return "one of them is unavailable then";
        }

        if (_partner[a, s] >= 0 || _partner[b, s] >= 0)
        {
            return "one of them already has a meeting then";
        }

        if (_tablesUsed[s] >= _model.Tables[s])
        {
            return "no table is free then";
        }

        if (_count[a] >= _model.Max[a] || _count[b] >= _model.Max[b])
        {
            return "one of them has reached their maximum of meetings";
        }

        if (BreaksRun(a, s) || BreaksRun(b, s))
        {
            return "one of them would miss their forced break";
        }

        return null;
    }

    private string ReasonUnplaced(int a, int b)
    {
        if (_count[a] >= _model.Max[a] || _count[b] >= _model.Max[b])
        {
            return "one of them already has their maximum of meetings";
        }

        var common = Enumerable.Range(0, _model.Slots).Where(s => _model.Available[a, s] && _model.Available[b, s]).ToArray();
        if (common.Length == 0)
        {
            return "they have no free slot in common";
        }

        return common.Select(s => WhyNot(a, b, s)).GroupBy(r => r).OrderByDescending(g => g.Count()).First().Key
            ?? "no slot is free for both of them";
    }

    private bool BreaksRun(int p, int s)
    {
        var max = _model.MaxConsecutive;
        if (max <= 0)
        {
            return false;
        }

        var run = 1;
        for (var t = s - 1; t >= 0 && _model.Session[t] == _model.Session[s] && _partner[p, t] >= 0; t--)
        {
            run++;
        }

        for (var t = s + 1; t < _model.Slots && _model.Session[t] == _model.Session[s] && _partner[p, t] >= 0; t++)
        {
            run++;
        }

        return run > max;
    }

    private void Place(int a, int b, int s, int? table, double w, MeetingOrigin origin)
    {
        _partner[a, s] = b;
        _partner[b, s] = a;
        _tablesUsed[s]++;
        _count[a]++;
        _count[b]++;
        _met.Add(ScheduleModel.Key(a, b));
        _meetings.Add((a, b, s, table, w, origin));
    }

    public ScheduleResult ToResult(double upperBound)
    {
        // Fixed tables first, then the rest take the lowest free table of their slot in a stable order.
        var taken = new HashSet<(int Slot, int Table)>(_meetings.Where(m => m.Table is not null).Select(m => (m.Slot, m.Table!.Value)));
        var next = new int[_model.Slots];
        var meetings = new List<ScheduledMeeting>(_meetings.Count);
        foreach (var m in _meetings.OrderBy(m => m.Slot).ThenBy(m => m.Table is null).ThenBy(m => _model.Ids[m.A], StringComparer.Ordinal))
        {
            var table = m.Table;
            if (table is null)
            {
                while (taken.Contains((m.Slot, next[m.Slot])))
                {
                    next[m.Slot]++;
                }

                table = next[m.Slot];
                taken.Add((m.Slot, table.Value));
            }

            meetings.Add(new ScheduledMeeting(_model.Ids[m.A], _model.Ids[m.B], m.Slot, table.Value, m.W, m.Origin));
        }

        var objective = meetings.Sum(m => m.Weight);
        return new ScheduleResult
        {
            Meetings = meetings,
            Objective = objective,
            UpperBound = Math.Max(upperBound, objective),
            IdleGaps = IdleGaps(),
            UnplacedRequests = _unplaced,
            BelowFairnessMinimum = [.. Enumerable.Range(0, _model.People).Where(p => _count[p] < _model.FairnessMinimum).Select(p => _model.Ids[p])],
        };
    }

    private int IdleGaps()
    {
        var gaps = 0;
        for (var p = 0; p < _model.People; p++)
        {
            var first = -1;
            var last = -1;
            var busy = 0;
            for (var s = 0; s < _model.Slots; s++)
            {
                if (_partner[p, s] >= 0)
                {
                    first = first < 0 ? s : first;
                    last = s;
                    busy++;
                }
            }

            if (first >= 0)
            {
                gaps += last - first + 1 - busy;
            }
        }

        return gaps;
    }
}
