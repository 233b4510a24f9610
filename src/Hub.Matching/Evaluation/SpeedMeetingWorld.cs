using System.Globalization;

namespace Hub.Matching.Evaluation;

/// <summary>
/// Generates multi-event speed-meeting data in the import format, modelled on published speed-dating experiments: two
/// sides per event, everyone meets everyone on the other side once, and each says yes or no. A participant fills in a
/// questionnaire (age and the partner ages they wish for, background categories, interests, how often they go out,
/// stated importance of six qualities in a partner, self-ratings of five of them). Verdicts come from latent truths the
/// questionnaire only partly reveals: how attractive, sincere, clever, fun and ambitious a person really is (self-ratings
/// are noisy and biased by self-esteem), what they really weigh (stated weights understate looks), how choosy they are,
/// and pair chemistry. The decision model is documented in docs/matching.md. Deterministic: one seed, one dataset.
/// </summary>
public static class SpeedMeetingWorld
{
    public const int QuestionnaireColumns = 33;

    /// <summary>Share of verdicts that are a yes, as in the published speed-dating data (about 42 %).</summary>
    public const double YesRate = 0.42;

    private static readonly string[] QualityNames = ["attr", "sinc", "intel", "fun", "amb"];

    private static readonly string[] Interests = ["sports", "exercise", "dining", "museums", "art", "hiking", "gaming", "clubbing", "reading", "theater", "movies"];

    // How each interest loads on three lifestyle factors: active, cultural, night life.
    private static readonly double[][] Loadings =
    [
        [0.9, -0.1, 0.2], [0.8, 0.0, 0.1], [0.1, 0.4, 0.5], [-0.1, 0.9, 0.0], [-0.1, 0.8, 0.1], [0.7, 0.2, -0.2],
        [0.0, -0.2, 0.3], [0.1, -0.1, 0.9], [-0.2, 0.7, -0.3], [0.0, 0.8, 0.2], [0.0, 0.3, 0.4],
    ];

    private static readonly (string Name, double Weight)[] Races = [("european", 0.55), ("asian", 0.25), ("latino", 0.08), ("black", 0.06), ("other", 0.06)];

    private static readonly (string Name, double Weight)[] Goals =
        [("fun-night", 0.35), ("meet-people", 0.30), ("get-a-date", 0.10), ("serious", 0.10), ("say-i-did-it", 0.08), ("other", 0.07)];

    private static readonly (string Field, string Career, string Words)[] Fields =
    [
        ("law", "lawyer", "Law student, moot court and contracts"),
        ("math", "academic", "Mathematics and statistics graduate student"),
        ("social-science", "psychologist", "Social science and psychology research"),
        ("medicine", "doctor", "Medical school, clinical rotations"),
        ("engineering", "engineer", "Engineering, building things that work"),
        ("english", "writer", "English literature and creative writing"),
        ("history", "academic", "History and political science"),
        ("business", "banker", "MBA, finance and consulting"),
        ("education", "teacher", "Teachers College, education policy"),
        ("biology", "scientist", "Biology lab, genetics research"),
    ];

    private static readonly string[] Careers = Fields.Select(f => f.Career).Distinct().Append("entrepreneur").ToArray();

    /// <summary>The questionnaire's columns in file order (an export limited to fewer columns keeps the first ones).</summary>
    public static readonly IReadOnlyList<string> Questionnaire =
    [
        "num_age", "cat_field", "cat_race", "num_imprace", "cat_goal", "num_date", "num_go_out", "cat_career",
        .. Interests.Select(i => "num_" + i),
        "num_exphappy", "num_age_min", "num_age_max",
        "num_imp_attr", "num_imp_sinc", "num_imp_intel", "num_imp_fun", "num_imp_amb", "num_imp_shar",
        "num_self_attr", "num_self_sinc", "num_self_intel", "num_self_fun", "num_self_amb",
    ];

    public static EventExport Generate(SpeedMeetingOptions? options = null)
    {
        options ??= new SpeedMeetingOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Events, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.People, options.Events * 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Columns, 1);
        var rng = new Random(options.Seed);

        var people = new List<Person>();
        foreach (var (size, e) in Sizes(rng, options.Events, options.People).Select((s, e) => (s, e)))
        {
            var ev = $"w{e + 1:D2}";
            for (var n = 0; n < size; n++)
            {
                people.Add(Person.Draw(rng, $"{ev}-{people.Count + 1:D4}", ev, n < size / 2 ? "a" : "b"));
            }
        }

        // Everyone meets everyone on the other side of their event; both verdicts share the pair's chemistry.
        var utilities = new List<(Person From, Person To, int Round, double U)>();
        foreach (var group in people.GroupBy(p => p.Event))
        {
            var a = group.Where(p => p.Side == "a").ToList();
            var b = group.Where(p => p.Side == "b").ToList();
            for (var i = 0; i < a.Count; i++)
            {
                for (var j = 0; j < b.Count; j++)
                {
                    var chemistry = 0.4 * Normal(rng);
                    var round = (j - i + 2 * b.Count) % b.Count + 1;
                    utilities.Add((a[i], b[j], round, Utility(a[i], b[j]) + chemistry + Normal(rng)));
                    utilities.Add((b[j], a[i], round, Utility(b[j], a[i]) + chemistry + Normal(rng)));
                }
            }
        }

        var sorted = utilities.Select(u => u.U).Order().ToList();
        var threshold = sorted[(int)((1 - YesRate) * sorted.Count)];
        // One participant's scorecard after another, in round order, as organisers export them.
        var interactions = utilities.OrderBy(u => u.From.Id, StringComparer.Ordinal).ThenBy(u => u.Round)
            .Select(u => new EventInteraction(u.From.Id, u.To.Id, u.From.Event, u.Round, u.U > threshold, null)).ToList();

        var columns = Questionnaire.Take(options.Columns).Concat(Enumerable.Range(QuestionnaireColumns, Math.Max(0, options.Columns - QuestionnaireColumns))
            .Select(k => k % 4 == 3 ? $"cat_extra{k + 1}" : $"num_q{k + 1}")).ToList();
        var answers = people.Select(p => p.Answers()).ToList();
        for (var k = QuestionnaireColumns; k < options.Columns; k++)
        {
            ExtraQuestion(options.Seed, k, columns[k], people, answers);
        }

        // Some cells are left empty, as in every real export: drawn per column from its own stream, so that neither the
        // verdicts nor the first columns depend on how many columns there are.
        var empty = columns.Select((column, k) =>
        {
            var gaps = new Random(unchecked((options.Seed * 7919) + k + 1));
            return people.Select(_ => gaps.NextDouble() < 0.02 && column != "num_age").ToArray();
        }).ToList();
        var participants = people.Select((p, i) =>
        {
            var numbers = new Dictionary<string, double?>(StringComparer.Ordinal);
            var categories = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var k = 0; k < columns.Count; k++)
            {
                var value = empty[k][i] ? null : answers[i][columns[k]];
                if (columns[k].StartsWith("num_", StringComparison.Ordinal))
                {
                    numbers[columns[k][4..]] = value is null ? null : double.Parse(value, CultureInfo.InvariantCulture);
                }
                else
                {
                    categories[columns[k][4..]] = value ?? "";
                }
            }

            return new Participant(p.Id, p.Side, p.Event, p.Tags(), p.Text(), numbers, categories);
        }).ToList();

        return new EventExport(participants, interactions, columns);
    }

    /// <summary>What <paramref name="from"/> sees in <paramref name="to"/>, before chemistry and noise.</summary>
    private static double Utility(Person from, Person to)
    {
        // True tastes: how much each quality of the other counts, and shared lifestyle.
        var u = 0.0;
        for (var k = 0; k < QualityNames.Length; k++)
        {
            u += 4 * from.Weights[k] * to.Qualities[k];
        }

        u += 3 * from.Weights[5] * Cosine(from.Lifestyle, to.Lifestyle);
        // The wished age range is kept to, softly.
        var outside = Math.Max(0, from.AgeMin - to.Age) + Math.Max(0, to.Age - from.AgeMax);
        u -= 0.25 * outside;
        if (from.Race == to.Race)
        {
            u += 0.07 * (from.ImpRace - 1);
        }

        if (from.Goal == "serious" && to.Goal == "serious")
        {
            u += 0.4;
        }
        else if (from.Goal == "serious" && to.Goal is "fun-night" or "say-i-did-it")
        {
            u -= 0.4;
        }

        if (from.Field == to.Field)
        {
            u += 0.15;
        }

        return u - from.Choosiness;
    }

    /// <summary>
    /// A question beyond the questionnaire: from its own seeded stream (so the first 33 columns never change with the
    /// column count), weakly related to a latent trait for two in five questions, noise otherwise.
    /// </summary>
    private static void ExtraQuestion(int seed, int k, string column, List<Person> people, List<Dictionary<string, string>> answers)
    {
        var rng = new Random(unchecked((seed * 1_000_003) + k));
        var related = rng.NextDouble() < 0.4;
        var latent = rng.Next(9);
        var levels = 2 + rng.Next(5);
        for (var i = 0; i < people.Count; i++)
        {
            var x = (related ? 0.35 * people[i].Latent(latent) : 0) + Normal(rng);
            answers[i][column] = column.StartsWith("cat_", StringComparison.Ordinal)
                ? ((char)('a' + Math.Clamp((int)Math.Floor((x + 2) / 4 * levels), 0, levels - 1))).ToString()
                : Scale(5.5 + (1.8 * x), 1, 10);
        }
    }

    /// <summary>Event sizes between 10 and 44 people (as in the published waves), summing to <paramref name="people"/>.</summary>
    private static List<int> Sizes(Random rng, int events, int people)
    {
        var raw = Enumerable.Range(0, events).Select(_ => 10 + (34 * rng.NextDouble())).ToList();
        var scale = people / raw.Sum();
        var sizes = raw.Select(r => Math.Max(4, (int)Math.Round(r * scale))).ToList();
        for (var i = 0; sizes.Sum() != people; i = (i + 1) % events)
        {
            if (sizes.Sum() < people)
            {
                sizes[i]++;
            }
            else if (sizes[i] > 4)
            {
                sizes[i]--;
            }
        }

        return sizes;
    }

    private static string Scale(double value, int min, int max) =>
        Math.Clamp((int)Math.Round(value), min, max).ToString(CultureInfo.InvariantCulture);

    private static double Cosine(double[] a, double[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private static double Normal(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static T Pick<T>(Random rng, (T Value, double Weight)[] options)
    {
        var roll = rng.NextDouble() * options.Sum(o => o.Weight);
        foreach (var (value, weight) in options)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        return options[^1].Value;
    }

    /// <summary>One participant: the latent truth and what their questionnaire says about it.</summary>
    private sealed class Person
    {
        public required string Id { get; init; }

        public required string Event { get; init; }

        public required string Side { get; init; }

        /// <summary>How attractive, sincere, intelligent, fun and ambitious others find them (standard normal).</summary>
        public required double[] Qualities { get; init; }

        /// <summary>What they really weigh in a partner: the five qualities and shared lifestyle (sums to 1).</summary>
        public required double[] Weights { get; init; }

        /// <summary>Active, cultural and night-life leanings.</summary>
        public required double[] Lifestyle { get; init; }

        public required double Esteem { get; init; }

        public required double Choosiness { get; init; }

        public required int Age { get; init; }

        public required int AgeMin { get; init; }

        public required int AgeMax { get; init; }

        public required string Race { get; init; }

        public required int ImpRace { get; init; }

        public required string Goal { get; init; }

        public required int FieldIndex { get; init; }

        public string Field => Fields[FieldIndex].Field;

        public required string Career { get; init; }

        private Dictionary<string, string> _answers = [];

        public static Person Draw(Random rng, string id, string ev, string side)
        {
            var qualities = QualityNames.Select(_ => Normal(rng)).ToArray();
            // Side b weighs looks more and ambition less than side a, as the published experiments found by gender.
            double[] mean = side == "a" ? [0.18, 0.18, 0.22, 0.17, 0.12, 0.13] : [0.30, 0.16, 0.18, 0.18, 0.07, 0.11];
            var weights = Normalise(mean.Select(m => m * Math.Exp(0.45 * Normal(rng))).ToArray());
            var lifestyle = new[] { Normal(rng), Normal(rng), Normal(rng) };
            var esteem = Normal(rng);
            var goal = Pick(rng, Goals);
            var age = (int)Math.Round(Math.Max(18, (side == "a" ? 26 : 27) + (3.5 * Normal(rng))));
            // Side a tends to wish for partners as old or older, side b as old or younger.
            var below = side == "a" ? 2 + (3 * rng.NextDouble()) : 5 + (4 * rng.NextDouble());
            var above = side == "a" ? 3 + (6 * rng.NextDouble()) : 1 + (3 * rng.NextDouble());
            var field = (int)(rng.NextDouble() * Fields.Length);
            var person = new Person
            {
                Id = id,
                Event = ev,
                Side = side,
                Qualities = qualities,
                Weights = weights,
                Lifestyle = lifestyle,
                Esteem = esteem,
                Goal = goal,
                // Choosier when more attractive or looking for something serious.
                Choosiness = (0.7 * Normal(rng)) + (0.5 * qualities[0]) + goal switch { "serious" => 0.3, "fun-night" => -0.2, "say-i-did-it" => -0.1, _ => 0 },
                Age = age,
                AgeMin = (int)Math.Round(age - below),
                AgeMax = (int)Math.Round(age + above),
                Race = Pick(rng, Races),
                ImpRace = Math.Clamp((int)Math.Round(3.5 + (2.5 * Normal(rng))), 1, 10),
                FieldIndex = field,
                Career = rng.NextDouble() < 0.7 ? Fields[field].Career : Careers[rng.Next(Careers.Length)],
            };
            person.Fill(rng);
            return person;
        }

        /// <summary>The questionnaire as the person fills it in: noisy, and biased where people are.</summary>
        private void Fill(Random rng)
        {
            var a = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["num_age"] = Age.ToString(CultureInfo.InvariantCulture),
                ["cat_field"] = Field,
                ["cat_race"] = Race,
                ["num_imprace"] = ImpRace.ToString(CultureInfo.InvariantCulture),
                ["cat_goal"] = Goal,
                // How often they go on dates and go out (1 = several times a week, 7 = almost never).
                ["num_date"] = Scale(5 - (0.6 * Qualities[0]) - (0.4 * Esteem) + (1.2 * Normal(rng)), 1, 7),
                ["num_go_out"] = Scale(3 - (0.8 * Lifestyle[2]) - (0.3 * Qualities[3]) + Normal(rng), 1, 7),
                ["cat_career"] = Career,
            };
            for (var i = 0; i < Interests.Length; i++)
            {
                var x = Loadings[i].Select((l, f) => l * Lifestyle[f]).Sum();
                a["num_" + Interests[i]] = Scale(5.5 + (1.8 * x) + (1.4 * Normal(rng)), 1, 10);
            }

            // Optimists expect to enjoy more of the people they meet, and say yes more.
            a["num_exphappy"] = Scale(5.5 + (0.8 * Esteem) - (0.6 * Choosiness) + (1.3 * Normal(rng)), 1, 10);
            a["num_age_min"] = AgeMin.ToString(CultureInfo.InvariantCulture);
            a["num_age_max"] = AgeMax.ToString(CultureInfo.InvariantCulture);
            // Stated importance (100 points over six qualities): noisy, and looks are understated.
            var stated = Normalise(Weights.Select((w, k) => w * Math.Exp(0.3 * Normal(rng)) * (k == 0 ? 0.75 : 1)).ToArray());
            string[] importance = ["attr", "sinc", "intel", "fun", "amb", "shar"];
            for (var k = 0; k < importance.Length; k++)
            {
                a["num_imp_" + importance[k]] = Scale(100 * stated[k], 0, 100);
            }

            // Self-ratings: a little truth, much noise, and self-esteem.
            for (var k = 0; k < Qualities.Length; k++)
            {
                a["num_self_" + QualityNames[k]] = Scale(6.5 + (1.3 * ((0.45 * Qualities[k]) + (0.85 * Normal(rng)) + (0.5 * Esteem))), 1, 10);
            }

            _answers = a;
        }

        public Dictionary<string, string> Answers() => new(_answers, StringComparer.Ordinal);

        /// <summary>A latent trait by number (the five qualities, three lifestyle factors, self-esteem), for extra questions.</summary>
        public double Latent(int index) => index < 5 ? Qualities[index] : index < 8 ? Lifestyle[index - 5] : Esteem;

        /// <summary>The three interests they rate highest, as tags.</summary>
        public HashSet<string> Tags() => Interests.OrderByDescending(i => int.Parse(_answers["num_" + i], CultureInfo.InvariantCulture))
            .ThenBy(i => i, StringComparer.Ordinal).Take(3).ToHashSet(StringComparer.Ordinal);

        public string Text() => $"{Fields[FieldIndex].Words}. Works towards {Career}; here for {Goal.Replace('-', ' ')}.";

        private static double[] Normalise(double[] values)
        {
            var sum = values.Sum();
            return values.Select(v => v / sum).ToArray();
        }
    }
}
