using System.Collections.Concurrent;
using Hub.Core.Data;
using Hub.Core.Notifications;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.E2E;

/// <summary>
/// Nothing acknowledged is lost when the process dies (issue 11): two people send introductions and messages through
/// the real pages of a Hub running as its own process; the process is killed (SIGKILL) in the middle of the burst and
/// started again on the same SQLite file, which must open cleanly and hold every write the pages had acknowledged,
/// each with its notification. In the shared server's collection so that it borrows its browser and never runs beside
/// the other browser tests on a machine's few cores.
/// </summary>
[Collection(SharedHubServer.Name)]
public sealed class ProcessKillDurabilityTests(HubServer server, Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const string Password = "Demo!2026hub";
    private const int MessagesBeforeKill = 12;

    private static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Hub:Jobs:Enabled"] = "false",
        ["Hub:Recommender:DemoHistory"] = "false",
        // A burst is what a script does, so the abuse limits would refuse it; they have their own tests.
        ["Hub:RateLimits:Message:PermitLimit"] = "10000",
        ["Hub:RateLimits:Introduction:PermitLimit"] = "10000",
        ["Hub:RateLimits:Http:PermitLimit"] = "100000",
        ["Hub:RateLimits:SignIn:PermitLimit"] = "1000",
        ["Hub:Introductions:MaxPerDay"] = "100",
        ["Hub:Introductions:MaxPendingPerSender"] = "100",
    };

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"hub-kill-{Guid.NewGuid():N}.db");
    private readonly List<IBrowserContext> _contexts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task EveryAcknowledgedIntroductionAndMessageSurvivesAKillWithItsNotification()
    {
        var messages = new ConcurrentQueue<(string Sender, string Body)>();
        var notes = new ConcurrentQueue<string>();
        string conversationPath;
        List<int> targets;

        await using (var hub = await ChildHub.StartAsync(_database, Settings))
        {
            var investor = await SignedInPageAsync(hub, "investor@hub.demo");
            var startup = await SignedInPageAsync(hub, "startup@hub.demo");
            conversationPath = await ConversationAsync(investor, startup);
            targets = await IntroductionTargetsAsync();
            Assert.NotEmpty(targets);

            using var stop = new CancellationTokenSource();
            var killed = new TaskCompletionSource();
            // The investor writes without pause; the startup sends its introductions, then writes too.
            var investorBurst = Burst(async i =>
            {
                var body = $"Kill burst {i}: a message from the investor";
                await SendMessageAsync(investor, body);
                messages.Enqueue(("investor@hub.demo", body));
            }, stop.Token);
            var startupBurst = Burst(async i =>
            {
                if (i < targets.Count)
                {
                    var note = $"Kill burst introduction {i}: we would like to show you our pilot results.";
                    await IntroduceAsync(startup, targets[i], note);
                    notes.Enqueue(note);
                }
                else
                {
                    var body = $"Kill burst {i}: a message from the startup";
                    await SendMessageAsync(startup, body, conversationPath, first: i == targets.Count);
                    messages.Enqueue(("startup@hub.demo", body));
                }
            }, stop.Token);

            // Kill once every introduction and a dozen messages are acknowledged, while both pages are still sending.
            var deadline = DateTime.UtcNow.AddMinutes(4);
            while (!(notes.Count == targets.Count && messages.Count >= MessagesBeforeKill) && DateTime.UtcNow < deadline && !investorBurst.IsCompleted)
            {
                await Task.Delay(50);
            }

            hub.Kill();
            stop.Cancel();
            await Task.WhenAll(investorBurst, startupBurst);
            Assert.True(notes.Count == targets.Count && messages.Count >= MessagesBeforeKill,
                $"The burst did not get far enough before the kill: {notes.Count} introductions and {messages.Count} messages.\n{hub.Output}");
            output.WriteLine($"Acknowledged before the kill: {notes.Count} introductions, {messages.Count} messages.");
        }


        // Restarted on the same file: it starts, answers /health, and shows the last acknowledged message.
        await using (var restarted = await ChildHub.StartAsync(_database, Settings))
        {
            var page = await SignedInPageAsync(restarted, "startup@hub.demo");
            await page.OpenAsync(conversationPath);
            await Expect(page.Locator("[data-testid=message]", new() { HasText = messages.Last().Body })).ToBeVisibleAsync();
        }

        await using var db = Open();
        await using (var check = db.Database.GetDbConnection().CreateCommand())
        {
            await db.Database.OpenConnectionAsync();
            check.CommandText = "PRAGMA integrity_check;";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
            // Recorded for docs/security.md: the journal mode the file was created with, and the library's default sync level.
            check.CommandText = "PRAGMA journal_mode;";
            var journal = await check.ExecuteScalarAsync();
            check.CommandText = "PRAGMA synchronous;";
            output.WriteLine($"journal_mode={journal}, synchronous={await check.ExecuteScalarAsync()}");
        }

        var users = await db.Users.Where(u => u.Email == "investor@hub.demo" || u.Email == "startup@hub.demo").ToDictionaryAsync(u => u.Email!, u => u.Id);
        foreach (var (sender, body) in messages)
        {
            Assert.True(await db.Messages.AnyAsync(m => m.Body == body), $"The acknowledged message \"{body}\" was lost.");
            var recipient = users[sender == "investor@hub.demo" ? "startup@hub.demo" : "investor@hub.demo"];
            Assert.True(await db.Notifications.AnyAsync(n => n.UserId == recipient && n.Type == NotificationType.MessageReceived && n.Body == body),
                $"The acknowledged message \"{body}\" has no notification for its recipient.");
        }

        foreach (var note in notes)
        {
            var introduction = await db.Introductions.SingleOrDefaultAsync(i => i.Note == note);
            Assert.True(introduction is not null, $"The acknowledged introduction \"{note}\" was lost.");
            var members = await db.ProfileMembers.Where(m => m.ProfileId == introduction.ToProfileId).Select(m => m.UserId).ToListAsync();
            var told = await db.Notifications.Where(n => members.Contains(n.UserId) && n.Type == NotificationType.IntroductionReceived).ToListAsync();
            Assert.True(members.All(m => told.Any(n => n.UserId == m && n.Target.Kind == NotificationTargetKind.Introduction && n.Target.Id == introduction.Id)),
                $"The acknowledged introduction \"{note}\" has no notification for the members of its recipient.");
        }
    }

    /// <summary>Runs steps 0, 1, 2 … until cancelled or one fails because the server went away.</summary>
    private static Task Burst(Func<int, Task> step, CancellationToken stop) => Task.Run(async () =>
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            try
            {
                await step(i);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                // The process was killed under the page: this write was never acknowledged.
                return;
            }
        }
    }, CancellationToken.None);

    private async Task<IPage> SignedInPageAsync(ChildHub hub, string email)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = hub.BaseUrl, Locale = "en-GB" });
        _contexts.Add(context);
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await page.SignInAsync(email, Password);
        return page;
    }

    /// <summary>The startup asks the investor for an introduction and the investor accepts: their conversation's path.</summary>
    private static async Task<string> ConversationAsync(IPage investor, IPage startup)
    {
        await investor.OpenAsync("/my/profiles");
        var investorProfile = await investor.Locator(".mud-card a[href^='/profiles/']").First.GetAttributeAsync("href");
        await IntroduceAsync(startup, investorProfile!, "We are raising a seed round and would like to tell you about it.");
        await investor.OpenAsync("/introductions");
        await investor.Locator("[data-testid=introduction]", new() { HasText = "raising a seed round" }).Locator("[data-testid=accept]").ClickAsync();
        await investor.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/conversations/\\d+$"));
        var path = new Uri(investor.Url).PathAndQuery;
        await investor.WaitForInteractiveAsync();
        return path;
    }

    private static Task IntroduceAsync(IPage page, int profileId, string note) => IntroduceAsync(page, $"/profiles/{profileId}", note);

    private static async Task IntroduceAsync(IPage page, string profilePath, string note)
    {
        await page.OpenAsync(profilePath);
        await page.Locator("[data-testid=request-intro]").ClickAsync();
        await page.Locator("textarea[data-testid=intro-note]").FillAsync(note);
        await page.Locator("[data-testid=intro-send]").ClickAsync();
        await Expect(page.GetByText("Introduction sent")).ToBeVisibleAsync();
    }

    private static async Task SendMessageAsync(IPage page, string body, string? conversationPath = null, bool first = false)
    {
        if (first)
        {
            await page.OpenAsync(conversationPath!);
        }

        await page.Locator("textarea[data-testid=message-input]").FillAsync(body);
        await page.Locator("[data-testid=message-send]").ClickAsync();
        // Acknowledged: the page shows it only once the service has saved it.
        await Expect(page.Locator("[data-testid=message]", new() { HasText = body })).ToBeVisibleAsync();
    }

    /// <summary>Profiles run by other demo accounts that the startup has no introduction with yet.</summary>
    private async Task<List<int>> IntroductionTargetsAsync()
    {
        await using var db = Open();
        var startupUser = await db.Users.Where(u => u.Email == "startup@hub.demo").Select(u => u.Id).SingleAsync();
        var own = await db.ProfileMembers.Where(m => m.UserId == startupUser).Select(m => m.ProfileId).ToListAsync();
        var linked = await db.Introductions.Where(i => own.Contains(i.FromProfileId) || own.Contains(i.ToProfileId))
            .Select(i => own.Contains(i.FromProfileId) ? i.ToProfileId : i.FromProfileId).ToListAsync();
        return await db.ProfileMembers.Where(m => m.UserId != startupUser && !own.Contains(m.ProfileId) && !linked.Contains(m.ProfileId))
            .Select(m => m.ProfileId).Distinct().OrderBy(p => p).Take(4).ToListAsync();
    }

    private HubDbContext Open()
    {
        var options = new DbContextOptionsBuilder<HubDbContext>();
        options.UseHubDatabase(DatabaseProvider.Sqlite, $"Data Source={_database}");
        return new HubDbContext(options.Options);
    }
}
