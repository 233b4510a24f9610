namespace Hub.Matching.Evaluation;

public enum EvaluationTarget
{
    /// <summary>Relevant when the participant said yes.</summary>
    Decision,

    /// <summary>Relevant when both said yes.</summary>
    Mutual,
}
