using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Scheduling;

namespace Hub.Cli;

/// <summary>
/// Schedules an event's 1:1 meetings from an instance file, or checks a given schedule against it (formats in
/// docs/scheduling.md). Problems with the input come back as one line saying what is wrong, never a stack trace.
/// </summary>
public static class ScheduleCommand
{
    public const string Usage = "schedule --input instance.json (--output schedule.json [--time-limit 5] [--seed 1] | --check schedule.json)";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        string? input = null, outputPath = null, check = null;
        var options = new ScheduleOptions();
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--input": input = Value(); break;
                    case "--output": outputPath = Value(); break;
                    case "--check": check = Value(); break;
                    case "--time-limit":
                        var limit = Value();
                        options = options with
                        {
                            TimeLimitSeconds = double.TryParse(limit, NumberStyles.Float, CultureInfo.InvariantCulture, out var l) && l > 0 && l <= 3600
                                ? l : throw new ArgumentException($"--time-limit takes seconds between 0 and 3600, not '{limit}'."),
                        };
                        break;
                    case "--seed":
                        var seed = Value();
                        options = options with
                        {
                            Seed = int.TryParse(seed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
                                ? s : throw new ArgumentException($"--seed takes a whole number, not '{seed}'."),
                        };
                        break;
                    default: throw new ArgumentException($"Unknown option '{args[i]}'.");
                }
            }

            if (input is null || (outputPath is null) == (check is null))
            {
                throw new ArgumentException("Give --input and either --output or --check.");
            }
        }
        catch (ArgumentException e)
        {
            errors.WriteLine($"error: {e.Message} Usage: hub {Usage}");
            return 2;
        }

        try
        {
            var instance = Read<ScheduleInstance>(input, "instance");
            return check is not null ? Check(instance, check, output) : Schedule(instance, options, outputPath!, output);
        }
        catch (InvalidScheduleException e)
        {
            errors.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static int Schedule(ScheduleInstance instance, ScheduleOptions options, string path, TextWriter output)
    {
        var result = Scheduler.Solve(instance, options);
        try
        {
            File.WriteAllText(path, JsonSerializer.Serialize(result, Json));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidScheduleException($"Cannot write '{path}': {e.Message}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Meetings.Count} meetings, weight {result.Objective:F3}, proven bound {result.UpperBound:F3} (gap at most {result.Gap:P2}), {result.IdleGaps} idle gaps."));
        foreach (var unplaced in result.UnplacedRequests)
        {
            output.WriteLine($"Request \"{unplaced.A}\"–\"{unplaced.B}\" not placed: {unplaced.Reason}.");
        }

        if (result.BelowFairnessMinimum.Count > 0)
        {
            output.WriteLine($"Below the fairness minimum: {string.Join(", ", result.BelowFairnessMinimum)}.");
        }

        output.WriteLine($"Wrote {Path.GetFullPath(path)}");
        return 0;
    }

    private static int Check(ScheduleInstance instance, string path, TextWriter output)
    {
        var schedule = Read<ScheduleFile>(path, "schedule");
        var violations = ScheduleChecker.Check(instance, schedule.Meetings ?? []);
        foreach (var violation in violations)
        {
            output.WriteLine(violation);
        }

        output.WriteLine(violations.Count == 0
            ? $"Valid: {schedule.Meetings?.Count ?? 0} meetings break no rule."
            : $"{violations.Count} violation(s).");
        return violations.Count == 0 ? 0 : 1;
    }

    private static T Read<T>(string path, string what)
        where T : class
    {
        if (!File.Exists(path))
        {
            throw new InvalidScheduleException($"The {what} file '{path}' was not found.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json)
                   ?? throw new InvalidScheduleException($"The {what} file '{path}' is empty (null).");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
            throw new InvalidScheduleException($"The {what} file '{path}' is not a valid {what}{where}: {e.Message.Split(" Path:")[0]}");
        }
        catch (IOException e)
        {
            throw new InvalidScheduleException($"Cannot read '{path}': {e.Message}");
        }
    }

    /// <summary>A schedule file: the scheduler's own output, or any file with a "meetings" list.</summary>
    private sealed record ScheduleFile(IReadOnlyList<ScheduledMeeting>? Meetings);
}
