using System.Globalization;

namespace Hub.Scheduling;

/// <summary>
/// Checks a schedule against its instance from scratch (it shares no code with the search), so tests, the command
/// line's check mode and the organiser's manual moves all judge a schedule the same way.
/// </summary>
public static class ScheduleChecker
{
    /// <summary>
    /// Every rule the schedule breaks, as a sentence; empty when it is valid. Throws <see cref="InvalidScheduleException"/>
    /// when the instance itself is not valid (a schedule cannot be judged against it).
    /// </summary>
    public static IReadOnlyList<string> Check(ScheduleInstance instance, IReadOnlyList<ScheduledMeeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(meetings);
        _ = ScheduleModel.Build(instance);
        var holes = meetings.Count(m => m is null || m.A is null || m.B is null);
        meetings = [.. meetings.Where(m => m is not null && m.A is not null && m.B is not null)];
        var problems = new List<string>();
        void Say(FormattableString sentence) => problems.Add(sentence.ToString(CultureInfo.InvariantCulture));
        if (holes > 0)
        {
            Say($"{holes} meeting(s) are empty or name nobody.");
        }

        var people = new Dictionary<string, SchedulePerson>(StringComparer.Ordinal);
        foreach (var person in instance.People ?? [])
        {
            if (person?.Id is not null)
            {
                people.TryAdd(person.Id, person);
            }
        }

        var slots = new Dictionary<int, ScheduleSlot>();
        foreach (var slot in instance.Slots ?? [])
        {
            if (slot is not null)
            {
                slots.TryAdd(slot.Index, slot);
            }
        }

        static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        var allowed = new HashSet<(string, string)>();
        foreach (var pair in (instance.Pairs ?? []).Concat(instance.Requests ?? []))
        {
            allowed.Add(Pair(pair.A, pair.B));
        }

        foreach (var locked in instance.Locked ?? [])
        {
            allowed.Add(Pair(locked.A, locked.B));
        }

        var vetoed = new HashSet<(string, string)>((instance.Vetoes ?? []).Select(v => Pair(v.A, v.B)));
        var busy = new Dictionary<(string Person, int Slot), ScheduledMeeting>();
        var tables = new HashSet<(int Slot, int Table)>();
        var perSlot = new Dictionary<int, int>();
        var perPerson = new Dictionary<string, int>(StringComparer.Ordinal);
        var met = new HashSet<(string, string)>();
        foreach (var m in meetings)
        {
            var who = $"\"{m.A}\"–\"{m.B}\" in slot {m.Slot}";
            var known = true;
            foreach (var id in new[] { m.A, m.B })
            {
                if (!people.ContainsKey(id))
                {
                    Say($"The meeting {who} names \"{id}\", who is not among the people.");
                    known = false;
                }
            }

            if (!slots.TryGetValue(m.Slot, out var slot))
            {
                Say($"The meeting {who} is in a slot that does not exist.");
                continue;
            }

            if (m.A == m.B)
            {
                Say($"The meeting {who} pairs a person with themselves.");
                continue;
            }

            if (m.Table < 0 || m.Table >= slot.Tables)
            {
                Say($"The meeting {who} is at table {m.Table}, but slot {m.Slot} has tables 0 to {slot.Tables - 1}.");
            }
            else if (!tables.Add((m.Slot, m.Table)))
            {
                Say($"Two meetings share table {m.Table} in slot {m.Slot}.");
            }

            perSlot[m.Slot] = perSlot.GetValueOrDefault(m.Slot) + 1;
            var pair = Pair(m.A, m.B);
            if (vetoed.Contains(pair))
            {
                Say($"The meeting {who} pairs people where one declined to meet the other.");
            }

            if (!allowed.Contains(pair))
            {
                Say($"The meeting {who} is neither a candidate pair, an accepted request nor a locked meeting.");
            }

            if (!met.Add(pair))
            {
                Say($"\"{m.A}\" and \"{m.B}\" meet more than once.");
            }

            foreach (var id in new[] { m.A, m.B })
            {
                perPerson[id] = perPerson.GetValueOrDefault(id) + 1;
                if (!busy.TryAdd((id, m.Slot), m))
                {
                    Say($"\"{id}\" has two meetings in slot {m.Slot}.");
                }

                if (known && people[id].Unavailable?.Contains(m.Slot) == true)
                {
                    Say($"\"{id}\" is unavailable in slot {m.Slot} but meets \"{(id == m.A ? m.B : m.A)}\" then.");
                }
            }
        }

        foreach (var (s, count) in perSlot.OrderBy(kv => kv.Key))
        {
            if (count > slots[s].Tables)
            {
                Say($"Slot {s} has {count} meetings but only {slots[s].Tables} tables.");
            }
        }

        foreach (var person in instance.People ?? [])
        {
            var count = perPerson.GetValueOrDefault(person.Id);
            if (count > person.MaxMeetings)
            {
                Say($"\"{person.Id}\" has {count} meetings, more than their maximum of {person.MaxMeetings}.");
            }
        }

        CheckBreaks(instance, busy, Say);
        CheckLocked(instance, meetings, Say);
        return problems;
    }

    private static void CheckBreaks(ScheduleInstance instance, Dictionary<(string Person, int Slot), ScheduledMeeting> busy, Action<FormattableString> say)
    {
        if (instance.MaxConsecutive <= 0)
        {
            return;
        }

        var ordered = (instance.Slots ?? []).OrderBy(s => s.Index).ToArray();
        foreach (var person in instance.People ?? [])
        {
            var run = 0;
            for (var k = 0; k < ordered.Length; k++)
            {
                var continues = k > 0 && ordered[k - 1].Session == ordered[k].Session && ordered[k - 1].Index == ordered[k].Index - 1;
                run = busy.ContainsKey((person.Id, ordered[k].Index)) ? (continues ? run + 1 : 1) : 0;
                if (run == instance.MaxConsecutive + 1)
                {
                    say($"\"{person.Id}\" meets in {run} slots in a row up to slot {ordered[k].Index}, past the forced break after {instance.MaxConsecutive}.");
                }
            }
        }
    }

    private static void CheckLocked(ScheduleInstance instance, IReadOnlyList<ScheduledMeeting> meetings, Action<FormattableString> say)
    {
        foreach (var locked in instance.Locked ?? [])
        {
            var kept = meetings.Any(m => m.Slot == locked.Slot && (locked.Table is null || m.Table == locked.Table)
                                         && ((m.A == locked.A && m.B == locked.B) || (m.A == locked.B && m.B == locked.A)));
            if (!kept)
            {
                var table = locked.Table is { } t ? $" at table {t}" : "";
                say($"The locked meeting \"{locked.A}\"–\"{locked.B}\" is not in slot {locked.Slot}{table}.");
            }
        }
    }
}
