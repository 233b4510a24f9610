using System.Globalization;
using CsvHelper;

namespace Hub.Matching.Evaluation;

/// <summary>Reads participants.csv and interactions.csv (format in docs/matching.md), refusing bad rows with a clear message.</summary>
public static class EventData
{
    public static IReadOnlyList<Participant> ReadParticipants(TextReader reader, string file = "participants.csv")
    {
        using var csv = Open(reader);
        var header = Header(csv, file, "id, kind, event, tags, text");

        foreach (var required in new[] { "id", "kind", "event", "tags", "text" })
        {
            if (!header.Contains(required, StringComparer.OrdinalIgnoreCase))
            {
                throw new EventDataException($"{file} has no '{required}' column. Expected: id, kind, event, tags, text, then num_* and cat_* columns.");
            }
        }

        // Any number of attribute columns: each is looked up by its position, found once from the header.
        var numbers = Columns(header, "num_", file);
        var categories = Columns(header, "cat_", file);
        int At(string name) => header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
        var (idAt, kindAt, eventAt, tagsAt, textAt) = (At("id"), At("kind"), At("event"), At("tags"), At("text"));

        var result = new List<Participant>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = csv.LineNumber;
            var id = Field(csv, idAt).Trim();
            if (id.Length == 0)
            {
                throw new EventDataException($"{file} line {line}: the id is empty.");
            }

            if (!seen.Add(id))
            {
                throw new EventDataException($"{file} line {line}: participant '{id}' appears twice.");
            }

            var nums = new Dictionary<string, double?>(numbers.Count, StringComparer.Ordinal);
            foreach (var (name, at) in numbers)
            {
                var raw = Field(csv, at).Trim();
                if (raw.Length == 0)
                {
                    nums[name] = null;
                }
                else if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
                {
                    nums[name] = value;
                }
                else
                {
                    throw new EventDataException($"{file} line {line}: '{raw}' in num_{name} is not a number.");
                }
            }

            result.Add(new Participant(
                id,
                Field(csv, kindAt).Trim(),
                Field(csv, eventAt).Trim(),
                Field(csv, tagsAt).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(t => t.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
                Field(csv, textAt),
                nums,
                categories.ToDictionary(c => c.Name, c => Field(csv, c.At).Trim(), StringComparer.Ordinal)));
        }

        return result;
    }

    /// <summary>The attribute columns with the given prefix: their names without it, and their positions. A name used twice is refused.</summary>
    private static List<(string Name, int At)> Columns(List<string> header, string prefix, string file)
    {
        var columns = new List<(string Name, int At)>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            if (!header[i].StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = header[i][prefix.Length..];
            if (name.Length == 0 || !names.Add(name))
            {
                throw new EventDataException($"{file}: the column '{header[i]}' is {(name.Length == 0 ? "unnamed" : "there twice")}.");
            }

            columns.Add((name, i));
        }

        return columns;
    }

    private static CsvReader Open(TextReader reader) =>
        CsvReader.Create(reader, new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true }, true);

    private static List<string> Header(CsvReader csv, string file, string expected)
    {
        var header = csv.Headers.Select(h => h.Trim()).ToList();
        if (header.Count == 0)
        {
            throw new EventDataException($"{file} is empty: it needs a header row with {expected}.");
        }

        return header;
    }

    /// <summary>The named field of the current row (header names match case-insensitively); empty when the row is short.</summary>
    private static string Field(CsvReader csv, List<string> header, string name) =>
        Field(csv, header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The field at a position of the current row; empty when the column is missing or the row is short.</summary>
    private static string Field(CsvReader csv, int index) => index < 0 || index >= csv.FieldCount ? "" : csv.GetString(index) ?? "";

    public static IReadOnlyList<EventInteraction> ReadInteractions(TextReader reader, IReadOnlySet<string> participants, string file = "interactions.csv")
    {
        using var csv = Open(reader);
        var header = Header(csv, file, "from, to, event, round, decision");

        foreach (var required in new[] { "from", "to", "event", "decision" })
        {
            if (!header.Contains(required, StringComparer.OrdinalIgnoreCase))
            {
                throw new EventDataException($"{file} has no '{required}' column. Expected: from, to, event, round, decision, outcome.");
            }
        }

        var hasRound = header.Contains("round", StringComparer.OrdinalIgnoreCase);
        var hasOutcome = header.Contains("outcome", StringComparer.OrdinalIgnoreCase);
        var result = new List<EventInteraction>();
        while (csv.Read())
        {
            var line = csv.LineNumber;
            var from = Field(csv, header, "from")?.Trim() ?? "";
            var to = Field(csv, header, "to")?.Trim() ?? "";
            foreach (var id in new[] { from, to })
            {
                if (!participants.Contains(id))
                {
                    throw new EventDataException($"{file} line {line}: participant '{id}' is not in participants.csv.");
                }
            }

            if (from == to)
            {
                throw new EventDataException($"{file} line {line}: '{from}' cannot meet themself.");
            }

            var decision = Field(csv, header, "decision")?.Trim();
            if (decision is not ("0" or "1"))
            {
                throw new EventDataException($"{file} line {line}: decision must be 0 or 1, not '{decision}'.");
            }

            int? round = null;
            var rawRound = hasRound ? Field(csv, header, "round")?.Trim() : null;
            if (!string.IsNullOrEmpty(rawRound))
            {
                round = int.TryParse(rawRound, NumberStyles.Integer, CultureInfo.InvariantCulture, out var r)
                    ? r : throw new EventDataException($"{file} line {line}: round '{rawRound}' is not a whole number.");
            }

            int? outcome = null;
            var rawOutcome = hasOutcome ? Field(csv, header, "outcome")?.Trim() : null;
            if (!string.IsNullOrEmpty(rawOutcome))
            {
                outcome = int.TryParse(rawOutcome, NumberStyles.Integer, CultureInfo.InvariantCulture, out var o) && o is >= 0 and <= 4
                    ? o : throw new EventDataException($"{file} line {line}: outcome must be 0 to 4, not '{rawOutcome}'.");
            }

            result.Add(new EventInteraction(from, to, Field(csv, header, "event")?.Trim() ?? "", round, decision == "1", outcome));
        }

        return result;
    }

    /// <summary>Writes an export's participants.csv: the five fixed columns, then its attribute columns in order.</summary>
    public static void WriteParticipants(EventExport export, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(["id", "kind", "event", "tags", "text", .. export.Columns]);
        foreach (var p in export.Participants)
        {
            csv.WriteRecord([p.Id, p.Kind, p.Event, string.Join(';', p.Tags.Order(StringComparer.Ordinal)), p.Text,
                .. export.Columns.Select(c => c.StartsWith("num_", StringComparison.Ordinal)
                    ? p.Numbers.GetValueOrDefault(c[4..])?.ToString(CultureInfo.InvariantCulture) ?? ""
                    : p.Categories.GetValueOrDefault(c[4..], ""))]);
        }
    }

    /// <summary>Writes an export's interactions.csv.</summary>
    public static void WriteInteractions(EventExport export, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(["from", "to", "event", "round", "decision", "outcome"]);
        foreach (var i in export.Interactions)
        {
            csv.WriteRecord([i.From, i.To, i.Event, i.Round?.ToString(CultureInfo.InvariantCulture) ?? "", i.Decision ? "1" : "0",
                i.Outcome?.ToString(CultureInfo.InvariantCulture) ?? ""]);
        }
    }
}
