namespace Hub.Scheduling;

/// <summary>How long to search and with which seed: the same instance, seed and limit give the same schedule.</summary>
public sealed record ScheduleOptions(double TimeLimitSeconds = 5, int Seed = 1);
