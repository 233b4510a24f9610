using Hub.Matching.Evaluation;

namespace Hub.Matching.Tests;

/// <summary>
/// A small export where only an interaction between the two sides decides: a participant says yes when the other is
/// what they stated they want (a category), or when the other's age lies in their wished range. No column predicts a
/// verdict alone, and tags and text say nothing.
/// </summary>
public static class PreferenceExport
{
    public enum Rule
    {
        /// <summary>Yes when the other's cat_is equals one's own cat_wants.</summary>
        WantedCategory,

        /// <summary>Yes when the other's num_age lies within one's num_age_min..num_age_max.</summary>
        WishedAgeRange,
    }

    public static (IReadOnlyList<Participant>, IReadOnlyList<EventInteraction>) Build(Rule rule, int events = 6, int perSide = 10, int seed = 11)
    {
        var rng = new Random(seed);
        var participants = new List<Participant>();
        var interactions = new List<EventInteraction>();
        string[] kinds = ["x", "y", "z"];
        for (var e = 0; e < events; e++)
        {
            var sides = new List<Participant>[] { [], [] };
            for (var s = 0; s < 2; s++)
            {
                for (var n = 0; n < perSide; n++)
                {
                    var age = 20 + rng.Next(25);
                    var low = 20 + rng.Next(20);
                    var p = new Participant($"e{e}-{s}-{n}", s == 0 ? "a" : "b", $"e{e}", new HashSet<string>(), "participant",
                        new Dictionary<string, double?> { ["age"] = age, ["age_min"] = low, ["age_max"] = low + 6, ["noise"] = rng.NextDouble() },
                        new Dictionary<string, string> { ["is"] = kinds[rng.Next(3)], ["wants"] = kinds[rng.Next(3)] });
                    sides[s].Add(p);
                    participants.Add(p);
                }
            }

            foreach (var from in sides[0].Concat(sides[1]))
            {
                foreach (var to in from.Kind == "a" ? sides[1] : sides[0])
                {
                    var fits = rule == Rule.WantedCategory
                        ? to.Categories["is"] == from.Categories["wants"]
                        : to.Numbers["age"] >= from.Numbers["age_min"] && to.Numbers["age"] <= from.Numbers["age_max"];
                    interactions.Add(new EventInteraction(from.Id, to.Id, $"e{e}", null, fits ^ (rng.NextDouble() < 0.05), null));
                }
            }
        }

        return (participants, interactions);
    }
}
