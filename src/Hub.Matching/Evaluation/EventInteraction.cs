namespace Hub.Matching.Evaluation;

/// <summary>One participant's verdict on another after (or before) meeting them.</summary>
public sealed record EventInteraction(string From, string To, string Event, int? Round, bool Decision, int? Outcome);
