using System.Net;
using Hub.Core.Accounts;
using Hub.Core.Data;
using Hub.Core.Tests;
using Hub.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>
/// Hub as it really starts: a fresh database (a SQLite file, or a PostgreSQL database of its own when
/// <c>HUB_TEST_POSTGRES</c> is set), migrations, the committed demo seed.
/// </summary>
public sealed class HubWebFactory : WebApplicationFactory<Program>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"hub-web-{Guid.NewGuid():N}.db");
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;
    private readonly Lazy<string?> _postgres;

    /// <summary>The app as configured by default (a class fixture shares one per test class; xunit wants one constructor).</summary>
    public HubWebFactory()
        : this(new Dictionary<string, string?>(), null)
    {
    }

    private HubWebFactory(IReadOnlyDictionary<string, string?> settings, TimeProvider? clock)
    {
        _settings = settings;
        _clock = clock;
        // A host given another's database (a restart) uses that one and leaves dropping it to its owner.
        _postgres = new(() => PostgresTestServer.Enabled && !settings.ContainsKey("ConnectionStrings:Hub") ? PostgresTestServer.CreateDatabase() : null);
    }

    /// <summary>The app with extra settings and, when given, a clock the test controls.</summary>
    public static HubWebFactory With(IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null) => new(settings, clock);

    /// <summary>The SQLite file (for tests of SQLite itself; see <see cref="DatabaseSettings"/> for the provider-neutral way).</summary>
    public string DatabasePath => _database;

    public bool IsPostgres => _postgres.Value is not null;

    /// <summary>The settings that put another host or service collection on this factory's database, whichever provider it is.</summary>
    public IReadOnlyDictionary<string, string?> DatabaseSettings => _postgres.Value is { } postgres
        ? new Dictionary<string, string?> { ["ConnectionStrings:Hub"] = postgres, [HubDatabase.ProviderKey] = nameof(DatabaseProvider.Postgres) }
        : new Dictionary<string, string?> { ["ConnectionStrings:Hub"] = $"Data Source={_database}" };

    public string ConnectionString => DatabaseSettings["ConnectionStrings:Hub"]!;

    /// <summary>Every mail the app has sent (it sends none for real in tests).</summary>
    public RecordedMail Mail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in DatabaseSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Hub:Seed:Enabled", "true");
        // Tests run periodic work themselves, when they mean to; the job host has its own tests.
        builder.UseSetting("Hub:Jobs:Enabled", "false");
        builder.UseSetting("Hub:PublicUrl", "http://localhost/");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<Hub.Web.Mail.IHubMail>(Mail);
            if (_clock is not null)
            {
                services.AddSingleton(_clock);
            }
        });
    }

    /// <summary>The Cookie header of a real sign-in (through /account/complete) as the given account.</summary>
    public async Task<string> AuthCookieAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No account {email}.");
        var nonce = Guid.NewGuid().ToString("N");
        var ticket = await scope.ServiceProvider.GetRequiredService<SignInTickets>().IssueAsync(new SignInTicket(user.Id, false, "/"), nonce);
        var response = await CompleteSignInAsync(ticket, nonce);
        if (response.StatusCode != HttpStatusCode.Redirect || !response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            throw new InvalidOperationException("Sign-in did not set a cookie.");
        }

        return string.Join("; ", cookies.Select(c => c.Split(';')[0]));
    }

    /// <summary>Redeems a sign-in ticket at /account/complete from a browser holding the given nonce cookie (none when null).</summary>
    public async Task<HttpResponseMessage> CompleteSignInAsync(string ticket, string? browserNonce)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/account/complete?ticket={ticket}");
        if (browserNonce is not null)
        {
            request.Headers.Add("Cookie", $"{SignInBrowser.CookieName}={browserNonce}");
        }

        return await CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);
    }

    /// <summary>A client that does not follow redirects, signed in as the given account.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", await AuthCookieAsync(email));
        return client;
    }

    /// <summary>A demo account's user id and the first profile it manages.</summary>
    public async Task<(string UserId, int ProfileId)> DemoProfileAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Hub.Core.Data.HubDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return (userId, await db.ProfileMembers.Where(m => m.UserId == userId).Select(m => m.ProfileId).FirstAsync());
    }

    public async Task<string> CreateMemberAsync(string email, string password = "Password123!")
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = new HubUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(created.Errors.First().Description);
        }

        await users.AddToRoleAsync(user, HubRoles.Member);
        return user.Id;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgres.IsValueCreated && _postgres.Value is { } postgres)
        {
            await PostgresTestServer.DropDatabaseAsync(postgres);
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
