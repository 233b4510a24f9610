using Hub.Core.Accounts;
using Hub.Core.Audit;
using Hub.Core.Data;
using Hub.Web.Mail;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Hub.Web.Accounts;

public static class HubAccountsSetup
{
    /// <summary>How often a cookie and a connected circuit are checked against the account's security stamp.</summary>
    public static readonly TimeSpan SessionRecheckInterval = TimeSpan.FromMinutes(1);

    /// <summary>Where a browser goes after its account was deleted: it signs out there.</summary>
    public const string GoodbyePath = "/account/goodbye";

    public static WebApplicationBuilder AddHubAccounts(this WebApplicationBuilder builder)
    {
        // Keys in the database: a restart, a redeploy or a second instance keeps every cookie and link valid. One
        // application name so that keys do not depend on the content root path.
        builder.Services.AddDataProtection().PersistKeysToDbContext<HubDbContext>().SetApplicationName("Hub");
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = IdentityConstants.ApplicationScheme;
            o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        }).AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "hub.auth";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            // Programs (SignalR clients, the API) get status codes, not a redirect to the sign-in page.
            o.Events.OnRedirectToLogin = context => ForProgramsAsync(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ForProgramsAsync(context, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddIdentityCore<HubUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // An address is shown to others only once its owner has proved they read its mail.
                o.SignIn.RequireConfirmedEmail = true;
                o.Tokens.EmailConfirmationTokenProvider = ConfirmationTokenProvider.Name;
                PasswordPolicy.Apply(o.Password);
                // Failed passwords never lock an account (anyone could lock anyone out); they are throttled per client
                // address instead (AccountService.SignInAsync). Lockout stays available for an administrator's hand.
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HubDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ConfirmationTokenProvider>(ConfirmationTokenProvider.Name)
            .AddClaimsPrincipalFactory<HubClaimsPrincipalFactory>();
        // A cookie whose security stamp changed (password change, sign-out everywhere) stops working within a minute.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SessionRecheckInterval);
        builder.Services.AddSingleton<SignInTickets>();
        builder.Services.AddScoped<SignInBrowser>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, SignInBrowserCapture>();
        builder.Services.AddScoped<AccountService>();
        builder.Services.AddScoped<AccountMails>();
        builder.AddHubMail();
        return builder;
    }

    /// <summary>
    /// The two steps that need a real HTTP response (cookies): completing a sign-in the interactive page has already
    /// verified, and signing out.
    /// </summary>
    public static WebApplication MapHubAccountEndpoints(this WebApplication app)
    {
        // Runs before any endpoint (WebApplication routes after the middleware added here), so every page carries the nonce.
        app.Use(SignInBrowser.EnsureCookieAsync);

        app.MapGet("/account/complete", async (string? ticket, HttpContext context, SignInTickets tickets, SignInManager<HubUser> signIn, UserManager<HubUser> users) =>
        {
            var redeemed = ticket is null ? null : await tickets.RedeemAsync(ticket, context.Request.Cookies[SignInBrowser.CookieName]);
            if (redeemed is null)
            {
                return Results.LocalRedirect("/account/login?expired=1");
            }

            var user = await users.FindByIdAsync(redeemed.UserId);
            if (user is null)
            {
                return Results.LocalRedirect("/account/login?expired=1");
            }

            await signIn.SignInAsync(user, redeemed.RememberMe);
            return Results.LocalRedirect(SafeReturnUrl(redeemed.ReturnUrl));
        }).ExcludeFromDescription();

        // The link in the confirmation mail. It confirms and sends the person to sign in; a link that is wrong, tampered
        // with or expired confirms nothing and says so.
        app.MapGet("/account/confirm", async (string? user, string? token, string? returnUrl, UserManager<HubUser> users) =>
        {
            var account = string.IsNullOrEmpty(user) ? null : await users.FindByIdAsync(user);
            if (account is null || string.IsNullOrEmpty(token) || !(await users.ConfirmEmailAsync(account, token)).Succeeded)
            {
                return Results.LocalRedirect("/account/login?confirm=invalid");
            }

            return Results.LocalRedirect($"/account/login?confirmed=1&returnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}");
        }).ExcludeFromDescription();

        // After "Delete my account": the cookie is removed here, and only when its account no longer exists, so a crafted
        // link cannot sign anyone out.
        app.MapGet(GoodbyePath, async (HttpContext context, SignInManager<HubUser> signIn, UserManager<HubUser> users) =>
        {
            if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is null)
            {
                await signIn.SignOutAsync();
            }

            return Results.LocalRedirect("/account/deleted");
        }).ExcludeFromDescription();

        app.MapPost("/account/logout", async (HttpContext context, SignInManager<HubUser> signIn, UserManager<HubUser> users, Live.LiveSessions live, AuditLog audit) =>
        {
            // A cross-site post must not sign anyone out: refuse it before reading the form.
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                return Results.BadRequest("This sign-out request did not come from Hub. Use the Sign out button.");
            }

            var form = await context.Request.ReadFormAsync();
            // Signing out everywhere renews the security stamp: every other cookie and live connection of the account ends.
            if (form["everywhere"] == "true" && await users.GetUserAsync(context.User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
                await live.RevalidateAsync(user.Id);
                await audit.WriteAsync(AuditAction.SignedOutEverywhere, user.Id, "Own account", "Signed out on every device; every session ended.");
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect(SafeReturnUrl(form["returnUrl"]));
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();

        return app;
    }

    private static Task ForProgramsAsync(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/hubs") || context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            // The friendly status pages are for people; re-executing a hub request as a page would answer 400.
            if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>Only local paths: a crafted link must never send someone to another site after signing in.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) &&
        !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
