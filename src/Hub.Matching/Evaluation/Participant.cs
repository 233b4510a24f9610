namespace Hub.Matching.Evaluation;

/// <summary>A participant of a past matchmaking event, as exported by the organiser.</summary>
public sealed record Participant(
    string Id,
    string Kind,
    string Event,
    IReadOnlySet<string> Tags,
    string Text,
    IReadOnlyDictionary<string, double?> Numbers,
    IReadOnlyDictionary<string, string> Categories);
