using System.Globalization;
using System.Text.Json;
using Hub.Matching.Evaluation;

namespace Hub.Cli;

/// <summary>
/// Evaluates random, popularity, content-only, learned one-sided and learned reciprocal ranking on past matchmaking data
/// (formats in docs/matching.md). Prints a table; with --json also writes the report.
/// </summary>
public static class EvaluateCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        try
        {
            var options = Parse(args, out var participantsPath, out var interactionsPath, out var jsonPath);
            using var participantsReader = OpenFile(participantsPath, "--participants");
            var participants = EventData.ReadParticipants(participantsReader, Path.GetFileName(participantsPath));
            using var interactionsReader = OpenFile(interactionsPath, "--interactions");
            var interactions = EventData.ReadInteractions(interactionsReader, participants.Select(p => p.Id).ToHashSet(StringComparer.Ordinal),
                Path.GetFileName(interactionsPath));
            var report = EventEvaluation.Run(participants, interactions, options);
            Print(report, options, output);
            if (jsonPath is not null)
            {
                File.WriteAllText(jsonPath, JsonSerializer.Serialize(report, Json));
                output.WriteLine($"Wrote {Path.GetFullPath(jsonPath)}");
            }

            return 0;
        }
        catch (EventDataException e)
        {
            errors.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static StreamReader OpenFile(string path, string option) =>
        File.Exists(path) ? new StreamReader(path) : throw new EventDataException($"{option}: file '{path}' not found.");

    public static void Print(EvaluationReport report, EvaluationOptions options, TextWriter output)
    {
        output.WriteLine($"Training events: {string.Join(", ", report.TrainingEvents)} ({report.TrainingInteractions} interactions)");
        output.WriteLine($"Held-out events: {string.Join(", ", report.HoldoutEvents)}; {report.EvaluatedParticipants} participants with a relevant partner; target: {report.Target}");
        var header = $"{"method",-20}" + string.Concat(options.K.Select(k => $"{"NDCG@" + k,9}")) + $"{"AUC",8}" + string.Concat(options.K.Select(k => $"{"cover@" + k,10}"));
        output.WriteLine(header);
        foreach (var m in report.Methods)
        {
            output.WriteLine($"{m.Method,-20}" + string.Concat(options.K.Select(k => $"{m.Ndcg[k],9:F4}")) + $"{m.Auc,8:F4}" +
                             string.Concat(options.K.Select(k => $"{m.ExposureCoverage[k],10:P1}")));
        }

        if (report.Note is not null)
        {
            output.WriteLine(report.Note);
        }
    }

    private static EvaluationOptions Parse(string[] args, out string participants, out string interactions, out string? json)
    {
        string? p = null, i = null;
        json = null;
        var options = new EvaluationOptions();
        for (var n = 0; n < args.Length; n++)
        {
            string Value() => n + 1 < args.Length ? args[++n] : throw new EventDataException($"{args[n]} needs a value.");
            switch (args[n])
            {
                case "--participants": p = Value(); break;
                case "--interactions": i = Value(); break;
                case "--json": json = Value(); break;
                case "--holdout-events":
                    options = options with { HoldoutEvents = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
                    break;
                case "--holdout-fraction":
                    var raw = Value();
                    options = options with
                    {
                        HoldoutFraction = double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f is > 0 and < 1
                            ? f : throw new EventDataException($"--holdout-fraction must be between 0 and 1, not '{raw}'."),
                    };
                    break;
                case "--k":
                    var ks = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    options = options with
                    {
                        K = ks.Select(k => int.TryParse(k, out var v) && v > 0 ? v : throw new EventDataException($"--k takes positive whole numbers, not '{k}'."))
                            .Distinct().Order().ToList(),
                    };
                    break;
                case "--target":
                    options = options with
                    {
                        Target = Value() switch
                        {
                            "mutual" => EvaluationTarget.Mutual,
                            "decision" => EvaluationTarget.Decision,
                            var t => throw new EventDataException($"--target is mutual or decision, not '{t}'."),
                        },
                    };
                    break;
                case "--seed":
                    var s = Value();
                    options = options with { Seed = int.TryParse(s, out var seed) ? seed : throw new EventDataException($"--seed takes a whole number, not '{s}'.") };
                    break;
                default:
                    throw new EventDataException($"Unknown option '{args[n]}'.");
            }
        }

        participants = p ?? throw new EventDataException("--participants is required.");
        interactions = i ?? throw new EventDataException("--interactions is required.");
        return options;
    }
}
