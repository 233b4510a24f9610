using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hub.Core.Audit;
using Hub.Core.Data;
using Hub.Core.Recommendations;
using Hub.Matching.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Matching.Serving;

/// <summary>
/// An admin's import of past event data: evaluates the methods on it, and warm-starts the hub's model with the verdicts
/// of participants who are also on the hub (matched by profile id or exact name). Files are capped in rows, and the
/// same files imported again add no signals (they are known by their content's hash).
/// </summary>
public sealed class EventImport(HubDbContext db, RecommenderTrainer trainer, AuditLog audit, IOptions<MatchingOptions> limits, TimeProvider clock)
{
    public async Task<ImportResult> ImportAsync(string name, TextReader participantsCsv, TextReader interactionsCsv, EvaluationOptions options,
        string? importedBy = null, CancellationToken ct = default)
    {
        var max = limits.Value.MaxImportRows;
        var participantsText = await ReadCappedAsync(participantsCsv, max, ct);
        var interactionsText = await ReadCappedAsync(interactionsCsv, max, ct);
        if (participantsText is null || interactionsText is null)
        {
            var which = participantsText is null ? "participants" : "interactions";
            return new ImportResult(null, 0, 0, 0, $"The {which} file has more than {max.ToString("N0", CultureInfo.InvariantCulture)} rows, the most Hub imports at once. Split it into smaller files; nothing was imported.");
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(participantsText + "\0" + interactionsText)));
        participantsCsv = new StringReader(participantsText);
        interactionsCsv = new StringReader(interactionsText);
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

        if (await db.SignalImports.AsNoTracking().FirstOrDefaultAsync(i => i.Hash == hash, ct) is { } earlier)
        {
            return new ImportResult(report, matched.Count, participants.Count - matched.Count, 0, null, AlreadyImported(earlier));
        }

        var source = $"import:{Truncate(name, 80)}";
        var now = clock.GetUtcNow().UtcDateTime;
        var signals = interactions
            .Where(i => matched.ContainsKey(i.From) && matched.ContainsKey(i.To) && matched[i.From] != matched[i.To])
            .SelectMany(i => ToSignals(i, matched[i.From], matched[i.To], source, now))
            .ToList();
        // The file's record, its signals and the audit entry are saved together; the unique hash lets one of two
        // simultaneous imports of the same file through.
        db.SignalImports.Add(new SignalImport { Hash = hash, Name = Truncate(name, 200), ImportedByUserId = importedBy, ImportedAt = now, Signals = signals.Count });
        db.InteractionSignals.AddRange(signals);
        var detail = $"{signals.Count} signals from {Truncate(name, 200)} ({matched.Count} participants matched).";
        if (importedBy is null)
        {
            audit.Record(AuditAction.SignalsImported, null, "Hub command line", "Recommender signals", detail);
        }
        else
        {
            await audit.RecordByAsync(AuditAction.SignalsImported, importedBy, "Recommender signals", detail, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var winner = await db.SignalImports.AsNoTracking().FirstOrDefaultAsync(i => i.Hash == hash, ct);
            if (winner is null)
            {
                throw;
            }

            return new ImportResult(report, matched.Count, participants.Count - matched.Count, 0, null, AlreadyImported(winner));
        }

        if (signals.Count > 0)
        {
            trainer.RequestTraining("import");
        }

        return new ImportResult(report, matched.Count, participants.Count - matched.Count, signals.Count, null);
    }

    private static string AlreadyImported(SignalImport earlier) =>
        $"These files were already imported on {earlier.ImportedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: their {earlier.Signals} signals are in Hub, so none were added again.";

    /// <summary>The whole text, or null as soon as it has more than <paramref name="maxRows"/> rows after the header.</summary>
    private static async Task<string?> ReadCappedAsync(TextReader reader, int maxRows, CancellationToken ct)
    {
        var text = new StringBuilder();
        var lines = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length > 0 && ++lines > maxRows + 1)
            {
                return null;
            }

            text.Append(line).Append('\n');
        }

        return text.ToString();
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
