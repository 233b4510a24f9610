using Hub.Core;
using MudBlazor;

namespace Hub.Web.Components.Shared;

/// <summary>How pages tell a person what became of what they did: the one place that maps an outcome to a message.</summary>
public static class OutcomeFeedback
{
    /// <summary>Shows <paramref name="success"/> when done, else the outcome's own message; returns whether it was done.</summary>
    public static bool Report(this ISnackbar snackbar, IOutcome outcome, string? success)
    {
        if (outcome.Succeeded)
        {
            if (success is not null)
            {
                snackbar.Add(success, Severity.Success);
            }

            return true;
        }

        snackbar.Add(Describe(outcome), Severity.Warning);
        return false;
    }

    /// <summary>The sentence for a failed outcome: its own message, or a plain one for its status.</summary>
    public static string Describe(IOutcome outcome) => outcome.Message ?? outcome.Status switch
    {
        OutcomeStatus.NotFound => "That no longer exists.",
        OutcomeStatus.Forbidden => "Your role does not allow this.",
        OutcomeStatus.Invalid => "Some details need attention.",
        OutcomeStatus.Conflict => "That cannot be done right now.",
        _ => "Done.",
    };
}
