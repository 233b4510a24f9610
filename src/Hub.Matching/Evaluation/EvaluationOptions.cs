namespace Hub.Matching.Evaluation;

public sealed record EvaluationOptions
{
    public IReadOnlyList<string> HoldoutEvents { get; init; } = [];

    public double HoldoutFraction { get; init; } = 0.2;

    /// <summary>
    /// Leave-events-out cross-validation: the events are dealt into this many folds (at least 2, at most one per event)
    /// and each fold is held out once while the others train. 0: one hold-out (<see cref="HoldoutEvents"/> or
    /// <see cref="HoldoutFraction"/>).
    /// </summary>
    public int Folds { get; init; }

    public IReadOnlyList<int> K { get; init; } = [5, 10];

    public EvaluationTarget Target { get; init; } = EvaluationTarget.Mutual;

    public int Seed { get; init; } = 7;

    /// <summary>
    /// Whether the learned methods choose their hyper-parameters by cross-validation over the training events (never the
    /// held-out ones); otherwise they train with the hub's configuration.
    /// </summary>
    public bool SearchHyperParameters { get; init; } = true;

    /// <summary>
    /// Told of every model fitted, with the events it trained and was validated on (an audit hook: tests check that no
    /// fit sees a held-out event). Called from several threads at once.
    /// </summary>
    public Action<ModelFit>? OnFit { get; init; }
}
