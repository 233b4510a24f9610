using Hub.Core.Profiles;
using Microsoft.Net.Http.Headers;

namespace Hub.Web.Profiles;

/// <summary>Serves the logos Hub stores: always its own PNG, never the uploaded bytes, never another site's image.</summary>
public static class ProfileLogoEndpoints
{
    public static WebApplication MapProfileLogos(this WebApplication app)
    {
        // Public like the profile's name. The address carries the hash (?v=…), so a new logo is a new address; the ETag
        // lets a browser revalidate an unversioned address cheaply.
        app.MapGet("/profiles/{profileId:int}/logo", async (int profileId, HttpContext http, ProfileLogos logos, CancellationToken ct) =>
        {
            var logo = await logos.GetAsync(profileId, ct);
            if (logo is null)
            {
                return Results.NotFound();
            }

            var etag = new EntityTagHeaderValue($"\"{logo.Hash}\"");
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.CacheControl = "public, max-age=86400";
            headers.ETag = etag.ToString();
            if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && (v == etag.ToString() || v == "*")))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Bytes(logo.Bytes, LogoImage.ContentType);
        }).ExcludeFromDescription();

        return app;
    }
}
