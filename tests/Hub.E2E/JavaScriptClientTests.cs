using System.Diagnostics;
using System.Text.Json;
using Hub.Core.Data;
using Hub.Core.Introductions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.E2E;

/// <summary>The official JavaScript SignalR client (npm @microsoft/signalr, run by Node) talks to /hubs/live.</summary>
[Collection(SharedHubServer.Name)]
public class JavaScriptClientTests(HubServer server)
{
    [Fact]
    public async Task TheNpmClientReceivesALiveNotification()
    {
        var page = await server.NewPageAsync();
        await page.SignInAsync("company@hub.demo", "Demo!2026hub");
        var cookies = await page.Context.CookiesAsync();
        var cookie = string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}"));

        var start = new ProcessStartInfo("node", ["live-client.mjs", server.BaseUrl + "/", cookie, "1"])
        {
            WorkingDirectory = Path.Combine(HubServer.Repository, "tests", "Hub.E2E", "js"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var connected = await node.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.StartsWith("connected", connected, StringComparison.Ordinal);

        int company;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var userId = await db.Users.Where(u => u.Email == "company@hub.demo").Select(u => u.Id).SingleAsync();
            company = await db.ProfileMembers.Where(m => m.UserId == userId).Select(m => m.ProfileId).FirstAsync();
            var senderId = await db.Users.Where(u => u.Email == "researcher@hub.demo").Select(u => u.Id).SingleAsync();
            var lab = await db.ProfileMembers.Where(m => m.UserId == senderId).Select(m => m.ProfileId).FirstAsync();
            var sent = await scope.ServiceProvider.GetRequiredService<IntroductionService>()
                .SendAsync(senderId, lab, company, "Our lab would like to run a pilot on your production line.", []);
            Assert.True(sent.Succeeded, sent.Message);
        }

        var line = await node.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, node.ExitCode);
        using var json = JsonDocument.Parse(line!);
        Assert.Equal("IntroductionReceived", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(company, json.RootElement.GetProperty("payload").GetProperty("toProfileId").GetInt32());
    }
}
