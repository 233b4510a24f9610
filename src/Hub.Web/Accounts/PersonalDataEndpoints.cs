using System.Security.Claims;
using System.Text;
using Hub.Core.Accounts;
using Hub.Core.Audit;

namespace Hub.Web.Accounts;

/// <summary>"Download my data": the signed-in person's own data as a JSON file, and nobody else's.</summary>
public static class PersonalDataEndpoints
{
    public const string Path = "/account/my-data.json";

    public static WebApplication MapPersonalData(this WebApplication app)
    {
        app.MapGet(Path, async (ClaimsPrincipal user, PersonalData data, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
            var json = await data.ExportAsync(userId, ct);
            if (json is null)
            {
                return Results.NotFound();
            }

            await audit.WriteAsync(AuditAction.DataExported, userId, "Own account", "Downloaded their personal data (my-data.json).", ct);
            return Results.File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", $"hub-my-data-{clock.GetUtcNow():yyyy-MM-dd}.json");
        }).RequireAuthorization().ExcludeFromDescription();
        return app;
    }
}
