using System.Globalization;
using System.Security.Claims;
using System.Text;
using Hub.Core;
using Hub.Core.Audit;
using Hub.Core.Compute;

namespace Hub.Web.Compute;

/// <summary>Compute downloads that are files rather than pages: a provider's allocations as CSV.</summary>
public static class ComputeEndpoints
{
    public static WebApplication MapHubComputeEndpoints(this WebApplication app)
    {
        // Anyone who is not one of the provider's members (signed out included) gets 404: the provider's allocations
        // are not theirs to know of, and a download link is not a page to redirect to a sign-in from.
        app.MapGet("/compute/provider/{profileId:int}/allocations.csv", async (int profileId, ClaimsPrincipal user, ComputeUsage usage, AuditLog audit, CancellationToken ct) =>
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
            var result = await usage.ExportAsync(userId, profileId, ct);
            if (!result.Succeeded)
            {
                return Results.NotFound(result.Message);
            }

            await audit.WriteAsync(AuditAction.AllocationsExported, userId, $"Provider profile {profileId.ToString(CultureInfo.InvariantCulture)}",
                "Downloaded the provider's allocations as CSV.", ct);
            return Results.File(Encoding.UTF8.GetBytes(result.Value!), "text/csv; charset=utf-8", FileName(profileId));
        }).ExcludeFromDescription();

        return app;
    }

    /// <summary>"compute-allocations-12.csv".</summary>
    public static string FileName(int profileId) => $"compute-allocations-{profileId.ToString(CultureInfo.InvariantCulture)}.csv";
}
