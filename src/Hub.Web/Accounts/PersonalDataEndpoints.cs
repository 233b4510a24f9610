using System.Security.Claims;
using System.Text;
using Hub.Core.Accounts;

namespace Hub.Web.Accounts;

/// <summary>"Download my data": the signed-in person's own data as a JSON file, and nobody else's.</summary>
public static class PersonalDataEndpoints
{
    public const string Path = "/account/my-data.json";

    public static WebApplication MapPersonalData(this WebApplication app)
    {
        app.MapGet(Path, async (ClaimsPrincipal user, PersonalData data, TimeProvider clock, CancellationToken ct) =>
        {
            var json = await data.ExportAsync(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", ct);
            return json is null
                ? Results.NotFound()
                : Results.File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", $"hub-my-data-{clock.GetUtcNow():yyyy-MM-dd}.json");
        }).RequireAuthorization().ExcludeFromDescription();
        return app;
    }
}
