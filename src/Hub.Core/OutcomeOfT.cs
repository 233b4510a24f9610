namespace Hub.Core;

/// <summary>An <see cref="Outcome"/> that carries what was made or read when it is done.</summary>
public sealed record Outcome<T> : IOutcome
{
    public required OutcomeStatus Status { get; init; }

    public string? Message { get; init; }

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Set when <see cref="Succeeded"/>.</summary>
    public T? Value { get; init; }

    public bool Succeeded => Status == OutcomeStatus.Done;

    /// <summary>The same failure, typed for another value.</summary>
    public Outcome<TOther> As<TOther>() => Succeeded
        ? throw new InvalidOperationException("A successful outcome needs its value: use Outcome.Done(value).")
        : new Outcome<TOther> { Status = Status, Message = Message, Errors = Errors };

    /// <summary>Lets an operation return a failure built as a plain <see cref="Outcome"/>.</summary>
    public static implicit operator Outcome<T>(Outcome failure) => failure.As<T>();
}
