namespace Hub.Core;

/// <summary>The one result shape of a service operation: done, not found, forbidden, invalid (per field) or conflict.</summary>
public sealed record Outcome : IOutcome
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public required OutcomeStatus Status { get; init; }

    public string? Message { get; init; }

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = NoErrors;

    public bool Succeeded => Status == OutcomeStatus.Done;

    public static Outcome Done() => new() { Status = OutcomeStatus.Done };

    /// <summary>Done, with what was made or read.</summary>
    public static Outcome<T> Done<T>(T value) => new() { Status = OutcomeStatus.Done, Value = value };

    public static Outcome NotFound(string message) => new() { Status = OutcomeStatus.NotFound, Message = message };

    public static Outcome Forbidden(string message) => new() { Status = OutcomeStatus.Forbidden, Message = message };

    public static Outcome Conflict(string message) => new() { Status = OutcomeStatus.Conflict, Message = message };

    public static Outcome Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new() { Status = OutcomeStatus.Invalid, Errors = errors, Message = errors.Values.SelectMany(e => e).FirstOrDefault() };

    /// <summary>The same failure, typed for an operation that returns a value on success.</summary>
    public Outcome<T> As<T>() => Succeeded
        ? throw new InvalidOperationException("A successful outcome needs its value: use Outcome.Done(value).")
        : new Outcome<T> { Status = Status, Message = Message, Errors = Errors };
}
