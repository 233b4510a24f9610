using System.Globalization;
using System.Text;
using Hub.Matching.Evaluation;

namespace Hub.Matching.Tests;

/// <summary>
/// A small organiser's export written as CSV text, with as many attribute columns as asked: every column is noise except
/// the last one, which alone decides who says yes. A method that reads every column can rank by it; one that drops
/// columns is left with noise.
/// </summary>
public static class WideExport
{
    /// <summary>
    /// <paramref name="columns"/> attribute columns; when <paramref name="categoryLast"/> the deciding column is a
    /// <c>cat_</c> column (yes to partners in category "x"), otherwise a <c>num_</c> column (yes to partners above 0).
    /// </summary>
    public static (string Participants, string Interactions) Csv(int columns, bool categoryLast, int events = 4, int perSide = 8, int seed = 5)
    {
        var rng = new Random(seed);
        var participants = new StringBuilder("id,kind,event,tags,text");
        for (var c = 0; c < columns - 1; c++)
        {
            participants.Append(c % 3 == 2 ? $",cat_noise{c}" : $",num_noise{c}");
        }

        participants.Append(categoryLast ? ",cat_signal" : ",num_signal").Append('\n');
        var interactions = new StringBuilder("from,to,event,round,decision\n");
        var appeal = new Dictionary<string, bool>();
        for (var e = 0; e < events; e++)
        {
            var sides = new[] { new List<string>(), new List<string>() };
            for (var s = 0; s < 2; s++)
            {
                for (var n = 0; n < perSide; n++)
                {
                    var id = $"e{e}-{(s == 0 ? "a" : "b")}{n}";
                    sides[s].Add(id);
                    appeal[id] = rng.NextDouble() < 0.3;
                    participants.Append(CultureInfo.InvariantCulture, $"{id},{(s == 0 ? "a" : "b")},e{e},,participant");
                    for (var c = 0; c < columns - 1; c++)
                    {
                        participants.Append(',').Append(c % 3 == 2 ? "xyz"[rng.Next(3)].ToString() : (rng.NextDouble() * 10).ToString("F2", CultureInfo.InvariantCulture));
                    }

                    var signal = appeal[id]
                        ? (categoryLast ? "x" : (0.5 + rng.NextDouble()).ToString("F2", CultureInfo.InvariantCulture))
                        : (categoryLast ? "y" : (-0.5 - rng.NextDouble()).ToString("F2", CultureInfo.InvariantCulture));
                    participants.Append(',').Append(signal).Append('\n');
                }
            }

            foreach (var (from, to) in sides[0].SelectMany(a => sides[1].Select(b => (a, b))).SelectMany(p => new[] { p, (p.b, p.a) }))
            {
                // Yes to appealing partners, with a little noise so that the task is not trivially separable.
                var yes = appeal[to] ^ (rng.NextDouble() < 0.05);
                interactions.Append(CultureInfo.InvariantCulture, $"{from},{to},e{e},,{(yes ? 1 : 0)}\n");
            }
        }

        return (participants.ToString(), interactions.ToString());
    }

    public static (IReadOnlyList<Participant>, IReadOnlyList<EventInteraction>) Read(int columns, bool categoryLast)
    {
        var (p, i) = Csv(columns, categoryLast);
        var participants = EventData.ReadParticipants(new StringReader(p));
        return (participants, EventData.ReadInteractions(new StringReader(i), participants.Select(x => x.Id).ToHashSet()));
    }
}
