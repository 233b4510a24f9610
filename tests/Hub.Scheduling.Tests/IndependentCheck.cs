namespace Hub.Scheduling.Tests;

/// <summary>
/// The hard rules written again, as plainly as possible and apart from the library's own checker, so a bug shared by
/// the search and <see cref="ScheduleChecker"/> cannot hide.
/// </summary>
public static class IndependentCheck
{
    public static List<string> Violations(ScheduleInstance instance, IReadOnlyList<ScheduledMeeting> meetings)
    {
        var bad = new List<string>();
        var people = instance.People.ToDictionary(p => p.Id);
        var slotCount = instance.Slots.Count;
        var vetoed = instance.Vetoes.Select(v => Key(v.A, v.B)).ToHashSet();
        var known = instance.Pairs.Concat(instance.Requests).Select(p => Key(p.A, p.B))
            .Concat(instance.Locked.Select(l => Key(l.A, l.B))).ToHashSet();
        var busy = new HashSet<(string, int)>();
        var tables = new HashSet<(int, int)>();
        var pairs = new HashSet<string>();
        foreach (var m in meetings)
        {
            if (!people.ContainsKey(m.A) || !people.ContainsKey(m.B) || m.A == m.B)
            {
                bad.Add($"bad people {m}");
                continue;
            }

            if (m.Slot < 0 || m.Slot >= slotCount || m.Table < 0 || m.Table >= instance.Slots[m.Slot].Tables || !tables.Add((m.Slot, m.Table)))
            {
                bad.Add($"bad slot or table {m}");
            }

            if (!busy.Add((m.A, m.Slot)) || !busy.Add((m.B, m.Slot)))
            {
                bad.Add($"double booked {m}");
            }

            if ((people[m.A].Unavailable ?? []).Contains(m.Slot) || (people[m.B].Unavailable ?? []).Contains(m.Slot))
            {
                bad.Add($"unavailable {m}");
            }

            if (vetoed.Contains(Key(m.A, m.B)) && !instance.Locked.Any(l => Key(l.A, l.B) == Key(m.A, m.B)))
            {
                bad.Add($"vetoed {m}");
            }

            if (!known.Contains(Key(m.A, m.B)))
            {
                bad.Add($"unknown pair {m}");
            }

            if (!pairs.Add(Key(m.A, m.B)))
            {
                bad.Add($"repeated pair {m}");
            }
        }

        foreach (var person in instance.People)
        {
            var mine = meetings.Where(m => m.A == person.Id || m.B == person.Id).Select(m => m.Slot).ToHashSet();
            if (mine.Count > person.MaxMeetings)
            {
                bad.Add($"{person.Id} over maximum");
            }

            var run = 0;
            for (var s = 0; s < slotCount; s++)
            {
                var sameSession = s > 0 && instance.Slots[s].Session == instance.Slots[s - 1].Session;
                run = mine.Contains(s) ? (sameSession ? run + 1 : 1) : 0;
                if (instance.MaxConsecutive > 0 && run > instance.MaxConsecutive)
                {
                    bad.Add($"{person.Id} misses a forced break at slot {s}");
                }
            }
        }

        foreach (var lockedMeeting in instance.Locked)
        {
            if (!meetings.Any(m => Key(m.A, m.B) == Key(lockedMeeting.A, lockedMeeting.B) && m.Slot == lockedMeeting.Slot
                                   && (lockedMeeting.Table is null || lockedMeeting.Table == m.Table)))
            {
                bad.Add($"lock lost {lockedMeeting}");
            }
        }

        for (var s = 0; s < slotCount; s++)
        {
            if (meetings.Count(m => m.Slot == s) > instance.Slots[s].Tables)
            {
                bad.Add($"slot {s} over its tables");
            }
        }

        return bad;
    }

    public static string Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + "|" + b : b + "|" + a;
}
