using Hub.Scheduling;

namespace Hub.Benchmarks;

/// <summary>Seeded meeting-scheduling instances of the shapes issue 9 names.</summary>
public static class ScheduleInstances
{
    /// <summary>500 participants, 16 slots in 2 sessions of 8, 5,000 pairs, 200 tables, 300 accepted requests.</summary>
    public static ScheduleInstance Reference(int seed) =>
        Generate(seed, people: 500, sessions: 2, slotsPerSession: 8, pairs: 5_000, tables: 200, max: 12, requests: 300);

    /// <summary>Trade-fair scale: 2,000 participants, 24 slots in 3 sessions of 8, 60,000 pairs, 800 tables, 1,200 requests.</summary>
    public static ScheduleInstance TradeFair(int seed) =>
        Generate(seed, people: 2_000, sessions: 3, slotsPerSession: 8, pairs: 60_000, tables: 800, max: 16, requests: 1_200);

    public static ScheduleInstance Generate(int seed, int people, int sessions, int slotsPerSession, int pairs, int tables, int max, int requests,
        double unavailable = 0.2, int fairness = 4, int maxConsecutive = 4)
    {
        var random = new Random(seed);
        var slots = sessions * slotsPerSession;
        var persons = new List<SchedulePerson>(people);
        for (var p = 0; p < people; p++)
        {
            var off = new List<int>();
            for (var s = 0; s < slots; s++)
            {
                if (random.NextDouble() < unavailable)
                {
                    off.Add(s);
                }
            }

            persons.Add(new SchedulePerson($"p{p}", max, off));
        }

        var seen = new HashSet<long>();
        CandidatePair Draw()
        {
            while (true)
            {
                var a = random.Next(people);
                var b = random.Next(people);
                if (a != b && seen.Add(((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b)))
                {
                    return new CandidatePair($"p{a}", $"p{b}", 1 - random.NextDouble());
                }
            }
        }

        var candidates = Enumerable.Range(0, pairs).Select(_ => Draw()).ToList();
        var accepted = Enumerable.Range(0, requests).Select(_ => Draw()).ToList();
        return new ScheduleInstance
        {
            People = persons,
            Slots = [.. Enumerable.Range(0, slots).Select(s => new ScheduleSlot(s, tables, s / slotsPerSession))],
            Pairs = candidates,
            Requests = accepted,
            FairnessMinimum = fairness,
            MaxConsecutive = maxConsecutive,
        };
    }
}
