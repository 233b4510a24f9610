namespace Hub.Matching.Evaluation;

/// <summary>Size and seed of a generated multi-event dataset (<see cref="SpeedMeetingWorld"/>).</summary>
public sealed record SpeedMeetingOptions
{
    public int Events { get; init; } = 21;

    public int People { get; init; } = 552;

    /// <summary>
    /// Attribute columns in participants.csv: up to 33 the questionnaire's own (in its order, so fewer columns means the
    /// first ones); beyond 33, further questions, a few weakly related to who a person is and most of them noise.
    /// </summary>
    public int Columns { get; init; } = SpeedMeetingWorld.QuestionnaireColumns;

    public int Seed { get; init; } = 2026;
}
