using System.Globalization;
using Hub.Matching.Evaluation;

namespace Hub.Cli;

/// <summary>
/// Writes a generated multi-event speed-meeting dataset (<see cref="SpeedMeetingWorld"/>) as participants.csv and
/// interactions.csv, ready for <c>evaluate</c>.
/// </summary>
public static class GenerateEventsCommand
{
    public const string Usage = "generate-events [--events 21] [--people 552] [--columns 33] [--seed 2026] [--out folder]";

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var options = new SpeedMeetingOptions();
        var folder = "events";
        for (var i = 0; i < args.Length; i++)
        {
            int Number(int min)
            {
                var raw = i + 1 < args.Length ? args[++i] : "";
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min
                    ? n : throw new ArgumentException($"{args[i - 1]} takes a whole number of at least {min}, not '{raw}'.");
            }

            try
            {
                switch (args[i])
                {
                    case "--events": options = options with { Events = Number(2) }; break;
                    case "--people": options = options with { People = Number(8) }; break;
                    case "--columns": options = options with { Columns = Number(1) }; break;
                    case "--seed": options = options with { Seed = Number(int.MinValue) }; break;
                    case "--out" when i + 1 < args.Length: folder = args[++i]; break;
                    default: throw new ArgumentException($"Unknown or incomplete option '{args[i]}'.");
                }
            }
            catch (ArgumentException e)
            {
                errors.WriteLine($"error: {e.Message} Usage: {Usage}");
                return 2;
            }
        }

        if (options.People < options.Events * 4)
        {
            errors.WriteLine($"error: {options.People} people cannot fill {options.Events} events (at least 4 each).");
            return 2;
        }

        var export = SpeedMeetingWorld.Generate(options);
        Directory.CreateDirectory(folder);
        using (var participants = new StreamWriter(Path.Combine(folder, "participants.csv")))
        {
            EventData.WriteParticipants(export, participants);
        }

        using (var interactions = new StreamWriter(Path.Combine(folder, "interactions.csv")))
        {
            EventData.WriteInteractions(export, interactions);
        }

        output.WriteLine($"Wrote {export.Participants.Count} participants in {options.Events} events, {export.Interactions.Count} verdicts " +
                         $"({export.Interactions.Count(i => i.Decision) / (double)export.Interactions.Count:P0} yes) and {export.Columns.Count} attribute columns to {Path.GetFullPath(folder)}.");
        return 0;
    }
}
