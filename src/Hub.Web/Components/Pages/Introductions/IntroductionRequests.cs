using Hub.Core;
using Hub.Core.Introductions;
using Hub.Core.Profiles;
using Hub.Matching.Ranking;
using Hub.Matching.Serving;
using Hub.Web.Components.Shared;
using Hub.Web.Security;
using MudBlazor;

namespace Hub.Web.Components.Pages.Introductions;

/// <summary>Opens the "Request introduction" dialog and sends what the user wrote, for cards and profile pages alike.</summary>
public sealed class IntroductionRequests(IServiceScopeFactory scopes, IDialogService dialogs, ISnackbar snackbar)
{
    /// <summary>
    /// Opens the dialog to introduce one of the user's profiles (preferably <paramref name="preferredFrom"/>) to another.
    /// The dialog shows why they fit from the sender's side; what is sent carries the reasons for both sides, computed for
    /// the profile the user finally sends from.
    /// </summary>
    public async Task OpenAsync(string userId, int toProfileId, string toName, int? preferredFrom = null)
    {
        var mine = await scopes.InScopeAsync<ProfileReader, IReadOnlyList<Profile>>(r => r.ManagedByAsync(userId));
        var from = mine.Where(p => p.Id != toProfileId).Select(p => (p.Id, p.Name))
            .OrderBy(p => p.Id == preferredFrom ? 0 : 1).ToList();
        if (from.Count == 0)
        {
            snackbar.Add("Create a profile first: introductions are sent from a profile you manage.", Severity.Warning);
            return;
        }

        var preview = await ExplainAsync(from[0].Id, toProfileId);

        var parameters = new DialogParameters<RequestIntroductionDialog>
        {
            { d => d.FromProfiles, from },
            { d => d.ToProfileId, toProfileId },
            { d => d.ToName, toName },
            { d => d.Reasons, preview.Select(r => r.Text).ToList() },
            {
                d => d.Send, async (fromId, note) =>
                {
                    var reasons = fromId == from[0].Id ? preview : await ExplainAsync(fromId, toProfileId);
                    var snapshot = new IntroductionReasons(reasons.Select(r => r.Text).ToList(), reasons.Select(r => r.ForCandidate).ToList());
                    var result = await scopes.LimitedAsync<IntroductionService, long>(AbuseAction.Introduction, userId, s => s.SendAsync(userId, fromId, toProfileId, note, snapshot));
                    return result.Succeeded ? null : result.Message;
                }
            },
        };
        // The modal dialog takes over: earlier confirmations go, so that the keyboard stays inside the dialog.
        snackbar.Clear();
        var dialog = await dialogs.ShowAsync<RequestIntroductionDialog>(null, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var outcome = await dialog.Result;
        if (outcome is { Canceled: false })
        {
            snackbar.Add($"Introduction sent to {toName}. You will be told as soon as they answer.", Severity.Success);
        }
    }

    private Task<IReadOnlyList<MatchReason>> ExplainAsync(int fromId, int toId) =>
        scopes.InScopeAsync<RecommendationService, IReadOnlyList<MatchReason>>(r => r.ExplainAsync(fromId, toId));
}
