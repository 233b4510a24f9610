using System.Net;
using Hub.Core;
using Hub.Core.Conversations;
using Hub.Core.Introductions;
using Hub.Core.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>
/// Script-bearing text is stored as typed and shown as text; the file and JSON endpoints answer malformed and
/// wrong-type requests with a plain refusal that echoes nothing back.
/// </summary>
public class HostileInputPagesTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    private const string Script = "<script>alert(7301)</script>";
    private const string Escaped = "&lt;script&gt;alert(7301)&lt;/script&gt;";

    private async Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    [Fact]
    public async Task AScriptInAMessageIsShownAsTextOnTheConversationPage()
    {
        var (founder, startup) = await factory.DemoProfileAsync("startup@hub.demo");
        var (researcher, lab) = await factory.DemoProfileAsync("researcher@hub.demo");
        var sent = await With<IntroductionService, Outcome<long>>(i => i.SendAsync(founder, startup, lab, "We would like to pilot your imaging model in two hospitals.", []));
        var conversation = (await With<IntroductionService, Outcome<long>>(i => i.AcceptAsync(researcher, sent.Value))).Value;
        Assert.True((await With<ConversationService, Outcome<MessagePosted>>(c => c.SendAsync(founder, conversation, $"Before {Script} after"))).Succeeded);

        var html = await (await factory.SignedInClientAsync("researcher@hub.demo")).GetStringAsync($"/conversations/{conversation}");

        Assert.Contains(Escaped, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScriptInAProfilesNameAndDescriptionIsShownAsTextToEveryone()
    {
        var (owner, _) = await factory.DemoProfileAsync("company@hub.demo");
        var input = new ProfileInput
        {
            Kind = ProfileKind.Startup,
            Name = $"Acme {Script}",
            Headline = "Computer vision for satellite operators",
            Description = $"We detect anomalies. {Script}",
            Country = "LU",
            Seeks = Intent.Funding,
            Stage = Stages.Seed,
            FoundedYear = 2024,
            TeamSize = 6,
            RaiseTargetEur = 1_000_000,
        };
        var created = await With<ProfileEditor, Outcome<int>>(e => e.CreateAsync(owner, input));
        Assert.True(created.Succeeded, created.Message);

        var html = await factory.CreateClient().GetStringAsync($"/profiles/{created.Value}");

        Assert.Contains($"Acme {Escaped}", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/events/not-a-number/export/participants.csv")]
    [InlineData("GET", "/events/1/export/%3Cscript%3Ealert(7301)%3C%2Fscript%3E.csv")]
    [InlineData("GET", "/events/99999999999/export/participants.csv")]
    [InlineData("GET", "/compute/provider/abc/allocations.csv")]
    [InlineData("GET", "/compute/provider/-1/allocations.csv")]
    [InlineData("GET", "/calendar/%3Cscript%3Ealert(7301)%3C%2Fscript%3E.ics")]
    [InlineData("GET", "/calendar/%01%1B.ics")]
    [InlineData("GET", "/events/1e3/agenda.ics")]
    [InlineData("POST", "/account/my-data.json")]
    [InlineData("PUT", "/account/my-data.json")]
    [InlineData("GET", "/introductions/99999999999999999999999")]
    [InlineData("GET", "/conversations/-1")]
    public async Task AMalformedOrWrongTypeRequestIsRefusedWithoutEchoingIt(string method, string path)
    {
        var client = await factory.SignedInClientAsync("organiser@hub.demo");
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = new StringContent("{\"account\": [1, \"<script>alert(7301)</script>\"]}", System.Text.Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden,
            $"{method} {path} answered {(int)response.StatusCode}");
        Assert.DoesNotContain(Script, body, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(7301)", body, StringComparison.Ordinal);
    }
}
