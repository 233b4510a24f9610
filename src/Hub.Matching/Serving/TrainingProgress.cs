namespace Hub.Matching.Serving;

/// <summary>Progress of a training run, for the admin page.</summary>
public sealed record TrainingProgress(bool Running, int Percent, string Message, DateTime At);
