namespace Hub.Scheduling;

/// <summary>
/// A simple proven bound: each meeting is counted by both its people, and nobody can take more than their maximum or
/// their free slots, so half the sum over people of their best possible meetings bounds any schedule.
/// </summary>
internal static class PersonCapacityBound
{
    public static double Of(ScheduleModel model)
    {
        var best = new Dictionary<long, (int A, int B, double W)>();
        foreach (var (a, b, w) in model.Pairs.Concat(model.Requests).Concat(model.Locked.Select(l => (l.A, l.B, l.W))))
        {
            var key = ScheduleModel.Key(a, b);
            if (!best.TryGetValue(key, out var known) || known.W < w)
            {
                best[key] = (a, b, w);
            }
        }

        var weights = new List<double>[model.People];
        for (var p = 0; p < model.People; p++)
        {
            weights[p] = [];
        }

        foreach (var (a, b, w) in best.Values)
        {
            weights[a].Add(w);
            weights[b].Add(w);
        }

        var total = 0.0;
        for (var p = 0; p < model.People; p++)
        {
            var free = Enumerable.Range(0, model.Slots).Count(s => model.Available[p, s] && model.Tables[s] > 0);
            total += weights[p].OrderByDescending(w => w).Take(Math.Min(model.Max[p], free)).Sum();
        }

        return total / 2;
    }
}
