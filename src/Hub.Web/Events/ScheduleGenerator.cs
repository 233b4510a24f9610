using System.Globalization;
using Hub.Core;
using Hub.Core.Events;
using Hub.Scheduling;

namespace Hub.Web.Events;

/// <summary>
/// Generates an event's draft: Core's inputs, pair weights from the recommender (reciprocal score, raised for must-meet),
/// vetoes from "no thanks" and earlier meetings, then Hub.Scheduling, and the draft saved back with its bound and gap.
/// </summary>
public sealed class ScheduleGenerator(EventSchedule schedule, IEventPairScorer scorer)
{
    /// <summary>Must-meet raises a pair's weight by this much per side that asked (weights stay comparable, in (0, 2]).</summary>
    public const double MustMeetBoost = 0.5;

    /// <summary>Would-like raises it by this much per side.</summary>
    public const double WouldLikeBoost = 0.15;

    /// <summary>Candidate pairs kept per participant: the best ones by weight, enough for any schedule of the event.</summary>
    public const int PairsPerParticipant = 40;

    public async Task<Outcome<DraftSummary>> GenerateAsync(string userId, int eventId, double timeLimitSeconds = 5, int seed = 1, CancellationToken ct = default)
    {
        var read = await schedule.InputsAsync(userId, eventId, ct);
        if (!read.Succeeded)
        {
            return read.As<DraftSummary>();
        }

        var inputs = read.Value!;
        if (inputs.Participants.Count < 2)
        {
            return Outcome.Conflict("Approve at least two participants before generating a schedule.").As<DraftSummary>();
        }

        var instance = await InstanceAsync(inputs, ct);
        ScheduleResult result;
        try
        {
            result = await Task.Run(() => Scheduler.Solve(instance, new ScheduleOptions(timeLimitSeconds, seed)), ct);
        }
        catch (InvalidScheduleException problem)
        {
            return Outcome.Conflict(problem.Message).As<DraftSummary>();
        }

        static int Id(string id) => int.Parse(id, CultureInfo.InvariantCulture);
        var meetings = result.Meetings.Select(m => new DraftMeeting(Id(m.A), Id(m.B), m.Slot, m.Table, m.Weight,
            m.Origin == MeetingOrigin.Requested ? MeetingSource.Requested : MeetingSource.Proposed)).ToList();
        var summary = new DraftSummary(result.Objective, result.UpperBound, [.. result.UnplacedRequests.Select(u => new UnplacedPair(Id(u.A), Id(u.B), u.Reason))]);
        var saved = await schedule.SaveDraftAsync(userId, eventId, meetings, summary, inputs.ScheduleVersion, ct);
        return saved.Succeeded ? Outcome.Done(summary) : saved.As<DraftSummary>();
    }

    /// <summary>The scheduler's instance for an event (also what an organiser can export to check a schedule elsewhere).</summary>
    public async Task<ScheduleInstance> InstanceAsync(ScheduleInputs inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        static string Id(int registrationId) => registrationId.ToString(CultureInfo.InvariantCulture);
        var people = inputs.Participants;
        var profileOf = people.ToDictionary(p => p.RegistrationId, p => p.ProfileId);
        var marks = inputs.Marks.Where(m => profileOf.ContainsKey(m.FromRegistrationId) && profileOf.ContainsKey(m.ToRegistrationId))
            .ToDictionary(m => (m.FromRegistrationId, m.ToRegistrationId), m => m.Preference);
        var pairs = new List<(int A, int B)>();
        for (var i = 0; i < people.Count; i++)
        {
            for (var j = i + 1; j < people.Count; j++)
            {
                pairs.Add((people[i].RegistrationId, people[j].RegistrationId));
            }
        }

        var scores = await scorer.ScoreAsync([.. pairs.Select(p => (profileOf[p.A], profileOf[p.B]))], ct);
        var requested = inputs.AcceptedRequests.ToHashSet();
        var vetoes = new List<PersonPair>();
        var weighted = new List<(int A, int B, double W)>();
        foreach (var (a, b) in pairs)
        {
            var ab = marks.GetValueOrDefault((a, b));
            var ba = marks.GetValueOrDefault((b, a));
            var bothAsk = ab > 0 && ba > 0;
            if (ab == MeetingPreference.NoThanks || ba == MeetingPreference.NoThanks || (inputs.MetBefore.Contains((a, b)) && !bothAsk && !requested.Contains((a, b))))
            {
                vetoes.Add(new PersonPair(Id(a), Id(b)));
                continue;
            }

            var weight = scores.GetValueOrDefault((profileOf[a], profileOf[b]), 0.01) + Boost(ab) + Boost(ba);
            weighted.Add((a, b, Math.Clamp(weight, 0.001, 2)));
        }

        // Keep each person's best pairs (and every marked or requested pair): the schedule never needs more.
        var keep = new HashSet<(int, int)>();
        foreach (var group in weighted.SelectMany(p => new[] { (Person: p.A, Pair: p), (Person: p.B, Pair: p) }).GroupBy(x => x.Person))
        {
            foreach (var x in group.OrderByDescending(x => x.Pair.W).Take(PairsPerParticipant))
            {
                keep.Add((x.Pair.A, x.Pair.B));
            }
        }

        var candidates = weighted.Where(p => keep.Contains((p.A, p.B)) || marks.ContainsKey((p.A, p.B)) || marks.ContainsKey((p.B, p.A)))
            .Select(p => new CandidatePair(Id(p.A), Id(p.B), p.W)).ToList();
        var weightOf = weighted.ToDictionary(p => (p.A, p.B), p => p.W);
        return new ScheduleInstance
        {
            People = [.. people.Select(p => new SchedulePerson(Id(p.RegistrationId), p.MaxMeetings, p.Unavailable))],
            Slots = [.. inputs.Slots.Select(s => new ScheduleSlot(s.Index, inputs.Tables, s.Session))],
            Pairs = candidates,
            Locked = [.. inputs.Locked.Select(m => new LockedMeeting(Id(m.ARegistrationId), Id(m.BRegistrationId), m.SlotIndex!.Value, m.Table, m.Weight))],
            Requests = [.. inputs.AcceptedRequests.Where(r => profileOf.ContainsKey(r.A) && profileOf.ContainsKey(r.B))
                .Select(r => new CandidatePair(Id(r.A), Id(r.B), weightOf.GetValueOrDefault(r, scores.GetValueOrDefault((profileOf[r.A], profileOf[r.B]), 0.5))))],
            Vetoes = vetoes,
            MaxConsecutive = inputs.MaxConsecutive,
            FairnessMinimum = inputs.FairnessMinimum,
        };
    }

    private static double Boost(MeetingPreference preference) => preference switch
    {
        MeetingPreference.MustMeet => MustMeetBoost,
        MeetingPreference.WouldLike => WouldLikeBoost,
        _ => 0,
    };
}
