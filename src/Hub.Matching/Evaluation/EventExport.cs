namespace Hub.Matching.Evaluation;

/// <summary>An organiser's export: participants, their verdicts on each other, and the attribute columns in file order.</summary>
public sealed record EventExport(
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<EventInteraction> Interactions,
    IReadOnlyList<string> Columns);
