namespace Hub.Matching.Features;

/// <summary>What the recommender learned about a profile's behaviour from signals.</summary>
public sealed record BehaviourStats(int Received, int Answered, int Pending);
