namespace Hub.Core;

/// <summary>What every outcome tells, with or without a value, so one mapper serves both.</summary>
public interface IOutcome
{
    OutcomeStatus Status { get; }

    /// <summary>A sentence for the person who acted; null when done without anything to say.</summary>
    string? Message { get; }

    /// <summary>Messages per input field (for <see cref="OutcomeStatus.Invalid"/>); empty otherwise.</summary>
    IReadOnlyDictionary<string, string[]> Errors { get; }

    bool Succeeded => Status == OutcomeStatus.Done;
}
