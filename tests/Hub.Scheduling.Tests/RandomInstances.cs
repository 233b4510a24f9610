namespace Hub.Scheduling.Tests;

/// <summary>Small seeded instances with every feature switched on at random: breaks, fairness, requests, vetoes, locks.</summary>
public static class RandomInstances
{
    public static ScheduleInstance Generate(int seed, int people = 0, int slots = 0, int maxPairs = 0, bool requests = true, bool fairness = true)
    {
        var random = new Random(seed);
        people = people > 0 ? people : random.Next(4, 13);
        slots = slots > 0 ? slots : random.Next(2, 7);
        var sessionBreak = random.Next(1, slots + 1);
        var persons = Enumerable.Range(0, people)
            .Select(p => new SchedulePerson($"p{p}", random.Next(1, 5), [.. Enumerable.Range(0, slots).Where(_ => random.NextDouble() < 0.2)]))
            .ToList();
        var pairs = new List<CandidatePair>();
        for (var a = 0; a < people; a++)
        {
            for (var b = a + 1; b < people; b++)
            {
                if (random.NextDouble() < 0.4 && (maxPairs == 0 || pairs.Count < maxPairs))
                {
                    pairs.Add(new CandidatePair($"p{a}", $"p{b}", Math.Max(0.001, Math.Round(1 - random.NextDouble(), 3))));
                }
            }
        }

        CandidatePair RandomPair()
        {
            var a = random.Next(people);
            var b = (a + 1 + random.Next(people - 1)) % people;
            return new CandidatePair($"p{a}", $"p{b}", Math.Max(0.001, Math.Round(1 - random.NextDouble(), 3)));
        }

        var accepted = requests ? Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomPair()).ToList() : [];
        var vetoes = Enumerable.Range(0, random.Next(0, 3)).Select(_ => RandomPair()).Select(p => new PersonPair(p.A, p.B)).ToList();
        var instance = new ScheduleInstance
        {
            People = persons,
            Slots = [.. Enumerable.Range(0, slots).Select(s => new ScheduleSlot(s, random.Next(1, 4), s < sessionBreak ? 0 : 1))],
            Pairs = pairs,
            Requests = accepted,
            Vetoes = vetoes,
            MaxConsecutive = random.Next(0, 3),
            FairnessMinimum = fairness ? random.Next(0, 3) : 0,
        };

        // One lock, where it can hold: a candidate pair (not vetoed) in a slot both attend.
        if (random.NextDouble() < 0.4 && pairs.Count > 0)
        {
            var pair = pairs[random.Next(pairs.Count)];
            var slot = random.Next(slots);
            var vetoed = vetoes.Any(v => (v.A == pair.A && v.B == pair.B) || (v.A == pair.B && v.B == pair.A));
            var free = persons.First(p => p.Id == pair.A).Unavailable!.Contains(slot) || persons.First(p => p.Id == pair.B).Unavailable!.Contains(slot);
            if (!vetoed && !free)
            {
                instance = instance with { Locked = [new LockedMeeting(pair.A, pair.B, slot, Table: random.Next(2) == 0 ? 0 : null)] };
            }
        }

        return instance;
    }
}
