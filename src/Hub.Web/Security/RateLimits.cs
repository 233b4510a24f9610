using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Hub.Web.Security;

/// <summary>
/// Abuse limits (docs/security.md): one <see cref="AbuseLimits"/> for everything, asked by the rate-limiting middleware
/// for HTTP endpoints, by a hub filter for the live hub's methods and by pages (through <see cref="LimitedWork"/>) and
/// the account service for what happens inside a circuit.
/// </summary>
public static class RateLimits
{
    public static WebApplicationBuilder AddHubRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.Section));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<AbuseLimits>();
        builder.Services.AddScoped<ClientAddress>();
        builder.Services.Configure<HubOptions>(o => o.AddFilter<LiveHubLimits>());
        builder.Services.AddSingleton<LiveHubLimits>();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLimited(context.Request.Path)
                    ? RateLimitPartition.Get(Who(context), who => new AbuseLimitLease(context.RequestServices.GetRequiredService<AbuseLimits>(), who))
                    : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                // A refusal is not a missing page: the friendly status pages must not replace the message.
                if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                {
                    pages.Enabled = false;
                }

                await context.HttpContext.Response.WriteAsync(AbuseLimits.RefusedMessage, ct);
            };
        });
        return builder;
    }

    /// <summary>After authentication, so that signed-in callers are limited per user rather than per address.</summary>
    public static WebApplication UseHubRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// The account endpoints, starting a live connection and the CSV exports. Pages and assets are not limited, nor the
    /// transport requests of an open live connection (long polling makes one per push); its method calls are.
    /// </summary>
    private static bool IsLimited(PathString path) =>
        path.StartsWithSegments("/account/complete") || path.StartsWithSegments("/account/logout")
        || (path.StartsWithSegments("/hubs") && path.Value!.EndsWith("/negotiate", StringComparison.Ordinal))
        || path.Value?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true;

    private static string Who(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? "user:" + userId : ClientAddress.Of(context);

    /// <summary>Lets the middleware take its permits from the shared <see cref="AbuseLimits"/> (the <see cref="AbuseAction.Http"/> bucket).</summary>
    private sealed class AbuseLimitLease(AbuseLimits limits, string who) : RateLimiter
    {
        // Its state lives in AbuseLimits, so the middleware may drop this adapter whenever it likes.
        public override TimeSpan? IdleDuration => TimeSpan.FromMinutes(1);

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
            limits.TryAcquire(AbuseAction.Http, who, out var retryAfter) ? Granted.Instance : new Refused(retryAfter);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            ValueTask.FromResult(AttemptAcquireCore(permitCount));
    }

    private sealed class Granted : RateLimitLease
    {
        public static readonly Granted Instance = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }

    private sealed class Refused(TimeSpan retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
