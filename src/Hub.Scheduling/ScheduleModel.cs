namespace Hub.Scheduling;

/// <summary>The instance in index form, checked: people 0..n-1, pairs with both ends as indexes, availability as flags.</summary>
internal sealed class ScheduleModel
{
    public required string[] Ids { get; init; }
    public required int[] Max { get; init; }
    public required bool[,] Available { get; init; }
    public required int[] Tables { get; init; }
    public required int[] Session { get; init; }
    public required (int A, int B, double W)[] Pairs { get; init; }
    public required (int A, int B, int Slot, int? Table, double W)[] Locked { get; init; }
    public required (int A, int B, double W)[] Requests { get; init; }
    public required HashSet<long> Vetoed { get; init; }
    public int MaxConsecutive { get; init; }
    public int FairnessMinimum { get; init; }

    public int People => Ids.Length;
    public int Slots => Tables.Length;

    public static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static void NoHoles<T>(IReadOnlyList<T>? list, string what)
        where T : class
    {
        for (var k = 0; list is not null && k < list.Count; k++)
        {
            if (list[k] is null)
            {
                throw new InvalidScheduleException($"Entry {k + 1} of the {what} is empty (null).");
            }
        }
    }

    public static ScheduleModel Build(ScheduleInstance instance)
    {
        if (instance.People is null || instance.Slots is null || instance.Pairs is null)
        {
            throw new InvalidScheduleException("The instance needs people, slots and pairs (any of them may be empty, none may be missing).");
        }

        // JSON input may hold nulls where records are expected; say which list has the hole rather than fail inside.
        NoHoles(instance.People, "people");
        NoHoles(instance.Slots, "slots");
        NoHoles(instance.Pairs, "pairs");
        NoHoles(instance.Locked, "locked meetings");
        NoHoles(instance.Requests, "requests");
        NoHoles(instance.Vetoes, "vetoes");

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var person in instance.People)
        {
            if (string.IsNullOrWhiteSpace(person.Id))
            {
                throw new InvalidScheduleException("Every person needs an id.");
            }

            if (!index.TryAdd(person.Id, index.Count))
            {
                throw new InvalidScheduleException($"Person \"{person.Id}\" appears twice.");
            }

            if (person.MaxMeetings < 0)
            {
                throw new InvalidScheduleException($"Person \"{person.Id}\" has a negative maximum of meetings.");
            }
        }

        var slots = instance.Slots.OrderBy(s => s.Index).ToArray();
        for (var s = 0; s < slots.Length; s++)
        {
            if (slots[s].Index != s)
            {
                throw new InvalidScheduleException($"Slots must be numbered 0 to {slots.Length - 1} without gaps; slot {slots[s].Index} is out of place.");
            }

            if (slots[s].Tables < 0)
            {
                throw new InvalidScheduleException($"Slot {s} has a negative number of tables.");
            }
        }

        if (instance.MaxConsecutive < 0 || instance.FairnessMinimum < 0)
        {
            throw new InvalidScheduleException("The forced break and the fairness minimum cannot be negative.");
        }

        var available = new bool[index.Count, slots.Length];
        foreach (var person in instance.People)
        {
            var p = index[person.Id];
            for (var s = 0; s < slots.Length; s++)
            {
                available[p, s] = true;
            }

            foreach (var s in person.Unavailable ?? [])
            {
                if (s < 0 || s >= slots.Length)
                {
                    throw new InvalidScheduleException($"Person \"{person.Id}\" is unavailable in slot {s}, which does not exist.");
                }

                available[p, s] = false;
            }
        }

        int Person(string? id, string what)
        {
            if (id is null || !index.TryGetValue(id, out var p))
            {
                throw new InvalidScheduleException($"{what} names \"{id}\", who is not among the people.");
            }

            return p;
        }

        var vetoed = new HashSet<long>();
        foreach (var veto in instance.Vetoes ?? [])
        {
            vetoed.Add(Key(Person(veto.A, "A veto"), Person(veto.B, "A veto")));
        }

        (int, int, double) Pair(CandidatePair pair, string what)
        {
            var a = Person(pair.A, what);
            var b = Person(pair.B, what);
            if (a == b)
            {
                throw new InvalidScheduleException($"{what} pairs \"{pair.A}\" with themselves.");
            }

            if (!(pair.Weight > 0) || double.IsInfinity(pair.Weight))
            {
                throw new InvalidScheduleException($"{what} \"{pair.A}\"–\"{pair.B}\" needs a positive weight.");
            }

            return (a, b, pair.Weight);
        }

        var seen = new HashSet<long>();
        var pairs = new List<(int, int, double)>();
        foreach (var pair in instance.Pairs)
        {
            var (a, b, w) = Pair(pair, "A candidate pair");
            if (seen.Add(Key(a, b)) && !vetoed.Contains(Key(a, b)))
            {
                pairs.Add((a, b, w));
            }
        }

        var locked = new List<(int, int, int, int?, double)>();
        foreach (var meeting in instance.Locked ?? [])
        {
            var a = Person(meeting.A, "A locked meeting");
            var b = Person(meeting.B, "A locked meeting");
            if (a == b || meeting.Slot < 0 || meeting.Slot >= slots.Length)
            {
                throw new InvalidScheduleException($"The locked meeting \"{meeting.A}\"–\"{meeting.B}\" needs two people and an existing slot.");
            }

            if (meeting.Table is { } t && (t < 0 || t >= slots[meeting.Slot].Tables))
            {
                throw new InvalidScheduleException($"The locked meeting \"{meeting.A}\"–\"{meeting.B}\" is at table {t}, which slot {meeting.Slot} does not have.");
            }

            var weight = meeting.Weight > 0 ? meeting.Weight : pairs.FirstOrDefault(p => Key(p.Item1, p.Item2) == Key(a, b)).Item3;
            locked.Add((a, b, meeting.Slot, meeting.Table, weight));
        }

        var requests = (instance.Requests ?? []).Select(r => Pair(r, "An accepted request")).ToArray();

        return new ScheduleModel
        {
            Ids = [.. index.OrderBy(kv => kv.Value).Select(kv => kv.Key)],
            Max = [.. instance.People.Select(p => p.MaxMeetings)],
            Available = available,
            Tables = [.. slots.Select(s => s.Tables)],
            Session = [.. slots.Select(s => s.Session)],
            Pairs = [.. pairs],
            Locked = [.. locked],
            Requests = requests,
            Vetoed = vetoed,
            MaxConsecutive = instance.MaxConsecutive,
            FairnessMinimum = instance.FairnessMinimum,
        };
    }
}
