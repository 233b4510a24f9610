using System.Globalization;
using CsvHelper;

namespace Hub.Matching.Evaluation;

/// <summary>Reads participants.csv and interactions.csv (format in docs/matching.md), refusing bad rows with a clear message.</summary>
public static class EventData
{
    public const int MaxExtraColumns = 24;

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

        var numbers = header.Where(h => h.StartsWith("num_", StringComparison.OrdinalIgnoreCase)).ToList();
        var categories = header.Where(h => h.StartsWith("cat_", StringComparison.OrdinalIgnoreCase)).ToList();
        if (numbers.Count + categories.Count > MaxExtraColumns)
        {
            throw new EventDataException($"{file} has {numbers.Count + categories.Count} num_/cat_ columns; at most {MaxExtraColumns} are supported.");
        }

        var result = new List<Participant>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = csv.LineNumber;
            var id = Field(csv, header, "id")?.Trim() ?? "";
            if (id.Length == 0)
            {
                throw new EventDataException($"{file} line {line}: the id is empty.");
            }

            if (!seen.Add(id))
            {
                throw new EventDataException($"{file} line {line}: participant '{id}' appears twice.");
            }

            var nums = new Dictionary<string, double?>();
            foreach (var column in numbers)
            {
                var raw = Field(csv, header, column)?.Trim();
                if (string.IsNullOrEmpty(raw))
                {
                    nums[column[4..]] = null;
                }
                else if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
                {
                    nums[column[4..]] = value;
                }
                else
                {
                    throw new EventDataException($"{file} line {line}: '{raw}' in {column} is not a number.");
                }
            }

            result.Add(new Participant(
                id,
                Field(csv, header, "kind")?.Trim() ?? "",
                Field(csv, header, "event")?.Trim() ?? "",
                (Field(csv, header, "tags") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(t => t.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
                Field(csv, header, "text") ?? "",
                nums,
                categories.ToDictionary(c => c[4..], c => Field(csv, header, c)?.Trim() ?? "")));
        }

        return result;
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
    private static string Field(CsvReader csv, List<string> header, string name)
    {
        var index = header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
        return index < 0 || index >= csv.FieldCount ? "" : csv.GetString(index) ?? "";
    }

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
}
