using Hub.Core.Recommendations;
using Hub.Matching.Features;

namespace Hub.Matching.Learning;

/// <summary>Turns signals into graded, feature-bearing rows: one row per shown pair, labelled by the best thing that happened.</summary>
public static class TrainingSet
{
    public static List<PairRow> Build(MatchWorld world, IEnumerable<LabelSignal> signals)
    {
        var labels = new Dictionary<(int Seeker, int Candidate), int>();
        foreach (var s in signals)
        {
            Label(labels, s);
        }

        return Rows(world, labels);
    }

    /// <summary>
    /// The same from a stream: memory grows with the number of labelled pairs, not with the number of signals (a pair
    /// seen a hundred times is one entry).
    /// </summary>
    public static async Task<(List<PairRow> Rows, long Signals)> BuildAsync(MatchWorld world, IAsyncEnumerable<LabelSignal> signals, CancellationToken ct = default)
    {
        var labels = new Dictionary<(int Seeker, int Candidate), int>();
        long count = 0;
        await foreach (var s in signals.WithCancellation(ct))
        {
            Label(labels, s);
            count++;
        }

        return (Rows(world, labels), count);
    }

    private static void Label(Dictionary<(int Seeker, int Candidate), int> labels, LabelSignal s)
    {
        var grade = InteractionSignal.Grade(s.Kind) ?? (s.Kind == SignalKind.Impression ? 0 : -1);
        if (grade >= 0)
        {
            var key = (s.SeekerId, s.CandidateId);
            labels[key] = Math.Max(labels.GetValueOrDefault(key, 0), grade);
        }
    }

    private static List<PairRow> Rows(MatchWorld world, Dictionary<(int Seeker, int Candidate), int> labels)
    {
        var rows = new List<PairRow>(labels.Count);
        foreach (var ((seekerId, candidateId), label) in labels.OrderBy(l => l.Key.Seeker).ThenBy(l => l.Key.Candidate))
        {
            var seeker = world.Find(seekerId);
            var candidate = world.Find(candidateId);
            if (seeker is null || candidate is null)
            {
                continue;
            }

            rows.Add(new PairRow { Label = label, GroupId = (uint)seekerId, CandidateId = (uint)candidateId, Features = PairFeatures.Compute(seeker, candidate) });
        }

        // A list where everything has the same label teaches a ranker nothing.
        return rows.GroupBy(r => r.GroupId).Where(g => g.Select(r => r.Label).Distinct().Count() > 1).SelectMany(g => g).ToList();
    }

    /// <summary>Replies and pending requests per profile, from the signals, for responsiveness and load.</summary>
    public static Dictionary<int, BehaviourStats> Behaviour(IEnumerable<LabelSignal> signals)
    {
        var received = new Dictionary<int, (int Received, int Answered)>();
        var requested = new HashSet<(int, int)>();
        var answered = new HashSet<(int, int)>();
        foreach (var s in signals)
        {
            if (s.Kind == SignalKind.IntroductionRequested) requested.Add((s.SeekerId, s.CandidateId));
            if (s.Kind is SignalKind.IntroductionAccepted or SignalKind.IntroductionDeclined) answered.Add((s.SeekerId, s.CandidateId));
        }

        foreach (var (_, candidate) in requested)
        {
            var (r, a) = received.GetValueOrDefault(candidate);
            received[candidate] = (r + 1, a);
        }

        foreach (var pair in answered.Where(requested.Contains))
        {
            var (r, a) = received[pair.Item2];
            received[pair.Item2] = (r, a + 1);
        }

        return received.ToDictionary(kv => kv.Key, kv => new BehaviourStats(kv.Value.Received, kv.Value.Answered, 0));
    }
}
