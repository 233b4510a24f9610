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
        var folds = report.Folds ?? [];
        var crossValidated = folds.Count > 1;
        if (crossValidated)
        {
            output.WriteLine($"Leave-events-out cross-validation: {folds.Count} folds over {report.HoldoutEvents.Count} events, each held out once; " +
                             $"{report.EvaluatedParticipants} participant lists with a relevant partner; target: {report.Target}");
            output.WriteLine("NDCG: mean over all those participants; AUC and coverage: mean over folds; ± standard deviation across folds.");
        }
        else
        {
            output.WriteLine($"Training events: {string.Join(", ", report.TrainingEvents)} ({report.TrainingInteractions} interactions)");
            output.WriteLine($"Held-out events: {string.Join(", ", report.HoldoutEvents)}; {report.EvaluatedParticipants} participants with a relevant partner; target: {report.Target}");
        }

        var width = crossValidated ? 15 : 9;
        var header = $"{"method",-20}" + string.Concat(options.K.Select(k => ("NDCG@" + k).PadLeft(width))) + "AUC".PadLeft(width) +
                     string.Concat(options.K.Select(k => $"{"cover@" + k,10}"));
        output.WriteLine(header);
        foreach (var m in report.Methods)
        {
            output.WriteLine($"{m.Method,-20}" + string.Concat(options.K.Select(k => Figure(m.Ndcg[k], m.NdcgSpread?[k]).PadLeft(width))) +
                             Figure(m.Auc, m.AucSpread).PadLeft(width) + string.Concat(options.K.Select(k => $"{m.ExposureCoverage[k],10:P1}")));
        }

        foreach (var fold in folds)
        {
            var ndcg = fold.Methods.First(m => m.Method == EventEvaluation.LearnedReciprocal).Ndcg[options.K[0]];
            if (crossValidated)
            {
                output.WriteLine($"fold {fold.Fold}: held out {string.Join(", ", fold.HoldoutEvents)}; {fold.EvaluatedParticipants} lists; " +
                                 $"learned reciprocal NDCG@{options.K[0]} {ndcg.ToString("F4", CultureInfo.InvariantCulture)}");
            }

            if (fold.Model is not null)
            {
                output.WriteLine($"  learned model: {fold.Model}");
            }
        }

        if (report.Note is not null)
        {
            output.WriteLine(report.Note);
        }
    }

    private static string Figure(double value, double? spread) => spread is { } s && !double.IsNaN(s)
        ? FormattableString.Invariant($"{value:F4} ± {s:F3}")
        : value.ToString("F4", CultureInfo.InvariantCulture);

    private static EvaluationOptions Parse(string[] args, out string participants, out string interactions, out string? json)
    {
        string? p = null, i = null;
        json = null;
        var options = new EvaluationOptions();
        var holdoutGiven = false;
        for (var n = 0; n < args.Length; n++)
        {
            string Value() => n + 1 < args.Length ? args[++n] : throw new EventDataException($"{args[n]} needs a value.");
            switch (args[n])
            {
                case "--participants": p = Value(); break;
                case "--interactions": i = Value(); break;
                case "--json": json = Value(); break;
                case "--holdout-events":
                    holdoutGiven = true;
                    options = options with { HoldoutEvents = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
                    break;
                case "--holdout-fraction":
                    holdoutGiven = true;
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
                case "--folds":
                    var rawFolds = Value();
                    options = options with
                    {
                        Folds = int.TryParse(rawFolds, NumberStyles.Integer, CultureInfo.InvariantCulture, out var folds) && folds >= 2
                            ? folds : throw new EventDataException($"--folds takes a whole number of at least 2, not '{rawFolds}'."),
                    };
                    break;
                case "--no-search":
                    options = options with { SearchHyperParameters = false };
                    break;
                case "--seed":
                    var s = Value();
                    options = options with { Seed = int.TryParse(s, out var seed) ? seed : throw new EventDataException($"--seed takes a whole number, not '{s}'.") };
                    break;
                default:
                    throw new EventDataException($"Unknown option '{args[n]}'.");
            }
        }

        if (options.Folds > 0 && holdoutGiven)
        {
            throw new EventDataException("--folds holds out every event in turn: it cannot be combined with --holdout-events or --holdout-fraction.");
        }

        participants = p ?? throw new EventDataException("--participants is required.");
        interactions = i ?? throw new EventDataException("--interactions is required.");
        return options;
    }
}
