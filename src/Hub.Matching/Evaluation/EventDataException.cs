namespace Hub.Matching.Evaluation;

/// <summary>A problem with an import file, with the line it was found on.</summary>
public sealed class EventDataException(string message) : Exception(message);
