namespace Hub.Core;

/// <summary>How a service operation ended. Pages and the REST API each translate it in one place.</summary>
public enum OutcomeStatus
{
    /// <summary>The change was made (or the read found what was asked).</summary>
    Done,

    /// <summary>The thing does not exist, or the caller may not know that it exists.</summary>
    NotFound,

    /// <summary>The thing exists, but the caller's role does not allow this.</summary>
    Forbidden,

    /// <summary>The input is wrong; <see cref="Outcome.Errors"/> says what, per field.</summary>
    Invalid,

    /// <summary>The input is fine, but the current state does not allow it (a duplicate, a limit, a block, an answered request).</summary>
    Conflict,
}
