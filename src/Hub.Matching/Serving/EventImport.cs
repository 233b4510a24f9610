using System.Globalization;
using Hub.Core.Data;
using Hub.Core.Recommendations;
using Hub.Matching.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Hub.Matching.Serving;

/// <summary>
/// An admin's import of past event data: evaluates the methods on it, and warm-starts the hub's model with the verdicts
/// of participants who are also on the hub (matched by profile id or exact name).
/// </summary>
public sealed class EventImport(HubDbContext db, RecommenderTrainer trainer, TimeProvider clock)
{
    public async Task<ImportResult> ImportAsync(string name, TextReader participantsCsv, TextReader interactionsCsv, EvaluationOptions options, CancellationToken ct = default)
    {
        IReadOnlyList<Participant> participants;
        IReadOnlyList<EventInteraction> interactions;
        EvaluationReport? report;
        try
        {
            participants = EventData.ReadParticipants(participantsCsv);
            interactions = EventData.ReadInteractions(interactionsCsv, participants.Select(p => p.Id).ToHashSet(StringComparer.Ordinal));
            report = interactions.Select(i => i.Event).Distinct().Count() > 1 ? EventEvaluation.Run(participants, interactions, options) : null;
        }
        catch (EventDataException e)
        {
            return new ImportResult(null, 0, 0, 0, e.Message);
        }

        var profiles = await db.Profiles.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var byId = profiles.ToDictionary(p => p.Id.ToString(CultureInfo.InvariantCulture), p => p.Id, StringComparer.Ordinal);
        var byName = profiles.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var matched = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in participants)
        {
            if (byId.TryGetValue(p.Id, out var id) || byName.TryGetValue(p.Text.Trim(), out id) || byName.TryGetValue(p.Id, out id))
            {
                matched[p.Id] = id;
            }
        }

        var source = $"import:{Truncate(name, 80)}";
        var now = clock.GetUtcNow().UtcDateTime;
        var signals = interactions
            .Where(i => matched.ContainsKey(i.From) && matched.ContainsKey(i.To) && matched[i.From] != matched[i.To])
            .SelectMany(i => ToSignals(i, matched[i.From], matched[i.To], source, now))
            .ToList();
        db.InteractionSignals.AddRange(signals);
        await db.SaveChangesAsync(ct);
        if (signals.Count > 0)
        {
            trainer.RequestTraining("import");
        }

        return new ImportResult(report, matched.Count, participants.Count - matched.Count, signals.Count, null);
    }

    /// <summary>A past verdict as hub signals: a yes is a request, an outcome grades the pair further; a no is a dismissal.</summary>
    private static IEnumerable<InteractionSignal> ToSignals(EventInteraction i, int from, int to, string source, DateTime at)
    {
        InteractionSignal Signal(SignalKind kind) => new() { SeekerProfileId = from, CandidateProfileId = to, Kind = kind, Source = source, CreatedAt = at };
        yield return Signal(SignalKind.Impression);
        if (!i.Decision && (i.Outcome ?? 0) == 0)
        {
            yield return Signal(SignalKind.Dismissed);
            yield break;
        }

        yield return Signal(SignalKind.IntroductionRequested);
        if (i.Outcome >= 3)
        {
            yield return Signal(SignalKind.IntroductionAccepted);
        }

        if (i.Outcome == 4)
        {
            yield return Signal(SignalKind.MeetingPositive);
        }
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
