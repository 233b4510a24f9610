using Hub.Core;
using Hub.Core.Introductions;
using Hub.Core.Profiles;
using Hub.Web.Components.Shared;
using MudBlazor;

namespace Hub.Web.Components.Pages.Introductions;

/// <summary>Opens the "Request introduction" dialog and sends what the user wrote, for cards and profile pages alike.</summary>
public sealed class IntroductionRequests(IServiceScopeFactory scopes, IDialogService dialogs, ISnackbar snackbar)
{
    public async Task OpenAsync(string userId, int toProfileId, string toName, IReadOnlyList<string> reasons, int? preferredFrom = null)
    {
        var mine = await scopes.InScopeAsync<ProfileReader, IReadOnlyList<Profile>>(r => r.ManagedByAsync(userId));
        var from = mine.Where(p => p.Id != toProfileId).Select(p => (p.Id, p.Name))
            .OrderBy(p => p.Id == preferredFrom ? 0 : 1).ToList();
        if (from.Count == 0)
        {
            snackbar.Add("Create a profile first: introductions are sent from a profile you manage.", Severity.Warning);
            return;
        }

        if (reasons.Count == 0)
        {
            // From a profile page: snapshot the match explanation for the profile the request will most likely come from.
            reasons = await scopes.InScopeAsync<Hub.Matching.Serving.RecommendationService, IReadOnlyList<string>>(r => r.ExplainAsync(from[0].Id, toProfileId));
        }

        var parameters = new DialogParameters<RequestIntroductionDialog>
        {
            { d => d.FromProfiles, from },
            { d => d.ToProfileId, toProfileId },
            { d => d.ToName, toName },
            { d => d.Reasons, reasons },
            {
                d => d.Send, async (fromId, note) =>
                {
                    var result = await scopes.InScopeAsync<IntroductionService, Outcome<long>>(s => s.SendAsync(userId, fromId, toProfileId, note, reasons));
                    return result.Succeeded ? null : result.Message;
                }
            },
        };
        var dialog = await dialogs.ShowAsync<RequestIntroductionDialog>(null, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var outcome = await dialog.Result;
        if (outcome is { Canceled: false })
        {
            snackbar.Add($"Introduction sent to {toName}. You will be told as soon as they answer.", Severity.Success);
        }
    }
}
