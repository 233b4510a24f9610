using Hub.Core.Data;
using Hub.Web.ScaleOut;
using Hub.Web.Security;
using Microsoft.Extensions.FileProviders;
using MudBlazor;
using MudBlazor.Services;

namespace Hub.Web;

public static class HubWebSetup
{
    public static WebApplicationBuilder AddHubWeb(this WebApplicationBuilder builder)
    {
        // Outside Development (tests, a plain `dotnet Hub.Web.dll`) the MudBlazor and framework assets still come from the build.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            o.SnackbarConfiguration.VisibleStateDuration = 5000;
        });
        builder.Services.AddSingleton<DemoLogins>();
        builder.Services.AddScoped<Components.Pages.Introductions.IntroductionRequests>();
        builder.Services.AddScoped<Events.ScheduleGenerator>();
        builder.AddHubSecurity();
        return builder;
    }

    public static WebApplication UseHubPipeline(this WebApplication app)
    {
        app.UseHubInstanceHeader();
        app.UseHubSecurity();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(BrandAssetsFolder(app.Environment)),
            RequestPath = "/assets",
        });
        app.MapHubHealth();
        return app;
    }

    private static string BrandAssetsFolder(IWebHostEnvironment environment)
    {
        var besideApp = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");
        return Directory.Exists(besideApp) ? besideApp : Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "..", "wwwroot-assets"));
    }

    /// <summary>Where the demo ecosystem is read from, or null when the demo is off (see <see cref="DemoEnabled"/>).</summary>
    public static string? SeedFolder(this WebApplication app) => SeedFolder(app.Configuration, app.Environment);

    /// <summary>
    /// The demo (its data and its accounts with a published password) loads only in Development or when
    /// <c>Hub:Seed:Enabled=true</c> says so: a production start must never create a known account.
    /// </summary>
    public static bool DemoEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Hub:Seed:Enabled") ?? environment.IsDevelopment();

    public static string? SeedFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!DemoEnabled(configuration, environment))
        {
            return null;
        }

        var configured = configuration["Hub:Seed:Folder"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        // The build copies seed/ beside the app; fall back to the repository's folder when run from source.
        var besideApp = Path.Combine(AppContext.BaseDirectory, "seed");
        return Directory.Exists(besideApp) ? besideApp : Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "..", "seed"));
    }

    /// <summary>Prints the URL and the demo logins, so a newcomer knows how to get in.</summary>
    public static void LogDemoLogins(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var accounts = app.Services.GetRequiredService<DemoLogins>().Featured;
            var urls = string.Join(", ", app.Urls);
            Console.WriteLine($"Hub is running on {urls}");
            foreach (var account in accounts)
            {
                Console.WriteLine($"  demo login: {account.Email,-24} password: {account.Password}");
            }

            using var scope = app.Services.CreateScope();
            if (!scope.ServiceProvider.GetRequiredService<HubDbContext>().Users.Any())
            {
                Console.WriteLine("  No account exists yet: create the first admin with `hub create-admin --email you@example.org` (see README).");
            }
        });
    }
}
