using System.Net;
using System.Reflection;
using Hub.Core.Data;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests.AccessMatrix;

/// <summary>
/// The access-control matrix (issue 11): every page, endpoint and hub method the app maps, asked by every role, answers
/// as <see cref="AccessTable"/> and <see cref="HubMethodTable"/> say, and no answer holds a private marker its asker may
/// not see. Pages are requested as a browser's first GET, so what is checked is the prerendered HTML that would leak.
/// </summary>
public sealed class AccessMatrixTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    public static TheoryData<string> Patterns => [.. AccessTable.Routes.Select(r => r.Pattern)];

    private IEnumerable<RouteEndpoint> AppEndpoints =>
        fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            // Files from wwwroot and the build are public by nature and hold no one's data.
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null);

    [Fact]
    public void EveryRouteOfTheAppHasALineInTheTable()
    {
        var known = AccessTable.Routes.Select(r => r.Pattern).ToHashSet(StringComparer.Ordinal);
        var missing = AppEndpoints.Select(e => e.RoutePattern.RawText!).Distinct().Where(p => !known.Contains(p)).Order().ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing.Select(p =>
            $"The route '{p}' has no line in the access matrix: add one to AccessTable.Routes (tests/Hub.Web.Tests/AccessMatrix/AccessTable.cs) saying who may use it.")));
    }

    [Fact]
    public void EveryLineOfTheTableIsARouteOfTheApp()
    {
        var mapped = AppEndpoints.Select(e => e.RoutePattern.RawText!).ToHashSet(StringComparer.Ordinal);
        var stale = AccessTable.Routes.Select(r => r.Pattern).Where(p => !mapped.Contains(p)).ToList();
        Assert.True(stale.Count == 0, $"The access matrix has lines for routes the app no longer maps: {string.Join(", ", stale)}");
        Assert.Equal(AccessTable.Routes.Count, AccessTable.Routes.Select(r => r.Pattern).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public async Task EachRoleGetsWhatTheTableSaysAndNoDataItMayNotSee(string pattern)
    {
        var route = AccessTable.Routes.Single(r => r.Pattern == pattern);
        var path = fixture.Scenario.Resolve(route.Path);
        var takesPosts = AppEndpoints.Where(e => e.RoutePattern.RawText == pattern)
            .Any(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true);
        var failures = new List<string>();
        foreach (var role in Enum.GetValues<AccessRole>())
        {
            var answer = await SendAsync(role, route.Method, path);
            if (route.Allows(role))
            {
                ExpectAllowed(route, role, answer, failures);
            }
            else
            {
                ExpectRefused(route, role, answer, failures);
            }

            if (!route.SecretInPath)
            {
                ExpectNoMarkerBeyondAudience(route, role, answer, failures);
            }
            else
            {
                var forged = fixture.Scenario.Resolve(route.Path.Replace(route.Path[route.Path.IndexOf('{')..(route.Path.IndexOf('}') + 1)], "{forged}", StringComparison.Ordinal));
                var guessed = await SendAsync(role, route.Method, forged);
                ExpectRefused(route with { Path = forged }, role, guessed, failures);
            }

            // A form post from another site carries no antiforgery token: refused for everyone (signed out: sent to sign in first).
            if (route.Method == "GET" && takesPosts)
            {
                ExpectRefused(route with { Method = "POST", Shows = null }, role, await SendAsync(role, "POST", path), failures);
            }
        }

        Assert.True(failures.Count == 0, $"{pattern}:\n" + string.Join("\n", failures));
    }

    /// <summary>Each marker does show where its audience looks, so its absence from other answers means something.</summary>
    [Theory]
    [InlineData(AccessScenario.Markers.EventTitle, AccessRole.OwnerMember, "/events/{event}")]
    [InlineData(AccessScenario.Markers.Goal, AccessRole.EventOrganiser, "/events/{event}/manage")]
    [InlineData(AccessScenario.Markers.NeedTitle, AccessRole.OwnerMember, "/compute/needs")]
    [InlineData(AccessScenario.Markers.ApplicationObjective, AccessRole.ProviderMember, "/compute/applications/{application}")]
    [InlineData(AccessScenario.Markers.IntroductionNote, AccessRole.OwnerMember, "/introductions/{introduction}")]
    [InlineData(AccessScenario.Markers.Message, AccessRole.OwnerMember, "/conversations/{conversation}")]
    public async Task EachMarkerShowsToItsAudience(string marker, AccessRole role, string path)
    {
        var answer = await SendAsync(role, "GET", fixture.Scenario.Resolve(path));
        Assert.True(answer.Holds(marker), $"{role} does not see \"{marker}\" at {path} ({(int)answer.Status}).");
    }

    [Fact]
    public void EveryHubMethodHasALineInTheTable()
    {
        var missing = HubMethods().Select(m => $"{m.DeclaringType!.Name}.{m.Name}").Where(n => !HubMethodTable.Methods.ContainsKey(n)).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing.Select(n =>
            $"The hub method '{n}' has no line in the access matrix: add one to HubMethodTable.Methods (tests/Hub.Web.Tests/AccessMatrix/HubMethodTable.cs).")));
        Assert.NotEmpty(HubMethods());
    }

    [Fact]
    public async Task AnAnonymousCallerGetsNoLiveConnection()
    {
        var connection = Connection(null);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task EveryHubMethodGivesEachRoleOnlyItsOwnData()
    {
        var owner = await NotificationsOfAsync(fixture.Scenario.OwnerUserId);
        Assert.NotEmpty(owner.Ids);
        var failures = new List<string>();
        foreach (var role in Enum.GetValues<AccessRole>().Where(r => r is not AccessRole.Anonymous and not AccessRole.OwnerMember))
        {
            var userId = await UserIdAsync(AccessScenario.EmailOf(role));
            var own = await NotificationsOfAsync(userId);
            await using var connection = Connection(await fixture.CookieAsync(role));
            await connection.StartAsync();
            foreach (var (name, probe) in HubMethodTable.Methods)
            {
                if (await probe(connection, new HubCaller(role, own.Ids, own.Unread, owner.Ids)) is { } failure)
                {
                    failures.Add($"{role}: {name}: {failure}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The public methods of the hubs the app maps with MapHub (Blazor's own circuit hub is the framework's).</summary>
    private IEnumerable<MethodInfo> HubMethods() =>
        AppEndpoints.Select(e => e.Metadata.GetMetadata<HubMetadata>()?.HubType).OfType<Type>()
            .Where(t => t.Assembly == typeof(Hub.Web.Live.LiveHub).Assembly).Distinct()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.Name is not nameof(Microsoft.AspNetCore.SignalR.Hub.OnConnectedAsync) and not nameof(Microsoft.AspNetCore.SignalR.Hub.OnDisconnectedAsync));

    private static void ExpectAllowed(AccessRoute route, AccessRole role, Answer answer, List<string> failures)
    {
        if ((int)answer.Status != route.AllowedStatus)
        {
            failures.Add($"{role}: allowed, but {route.Method} {route.Path} answered {(int)answer.Status} {answer.Location}");
        }
        else if (route.Shows is { } shows && !answer.Body.Contains(shows, StringComparison.Ordinal) && !answer.Body.Contains(WebUtility.HtmlEncode(shows), StringComparison.Ordinal))
        {
            failures.Add($"{role}: allowed, but the answer does not show \"{shows}\".");
        }
    }

    private static void ExpectRefused(AccessRoute route, AccessRole role, Answer answer, List<string> failures)
    {
        switch (answer.Status)
        {
            case HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect:
                var to = answer.Location ?? "";
                if (!to.Contains("/account/login", StringComparison.Ordinal) && !to.Contains("/account/denied", StringComparison.Ordinal))
                {
                    failures.Add($"{role}: refused, but {route.Path} redirects to {to} rather than to sign-in or denied.");
                }

                break;
            case HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed:
                break;
            case HttpStatusCode.OK when route.Shows is { } shows:
                if (answer.Body.Contains(shows, StringComparison.Ordinal) || answer.Body.Contains(WebUtility.HtmlEncode(shows), StringComparison.Ordinal))
                {
                    failures.Add($"{role}: refused, but {route.Path} answered 200 showing \"{shows}\".");
                }

                break;
            default:
                failures.Add($"{role}: refused, but {route.Method} {route.Path} answered {(int)answer.Status}.");
                break;
        }

        ExpectNoMarkerAtAll(route, role, answer, failures);
    }

    private static void ExpectNoMarkerAtAll(AccessRoute route, AccessRole role, Answer answer, List<string> failures)
    {
        foreach (var marker in AccessScenario.Markers.All.Where(answer.Holds))
        {
            failures.Add($"{role}: the refused answer to {route.Method} {route.Path} holds \"{marker}\".");
        }
    }

    private static void ExpectNoMarkerBeyondAudience(AccessRoute route, AccessRole role, Answer answer, List<string> failures)
    {
        foreach (var (marker, audience) in AccessTable.Audience)
        {
            if (!audience.Contains(role) && answer.Holds(marker))
            {
                failures.Add($"{role}: the answer to {route.Method} {route.Path} holds \"{marker}\", which only {string.Join(", ", audience)} may see.");
            }
        }
    }

    private async Task<Answer> SendAsync(AccessRole role, string method, string path)
    {
        using var client = await fixture.ClientAsync(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([]);
        }

        using var response = await client.SendAsync(request);
        return new Answer(response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
    }

    private HubConnection Connection(string? cookie) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.Factory.Server.BaseAddress, "hubs/live"), o =>
            {
                o.HttpMessageHandlerFactory = _ => fixture.Factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                if (cookie is not null)
                {
                    o.Headers["Cookie"] = cookie;
                }
            })
            .Build();

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<(List<long> Ids, int Unread)> NotificationsOfAsync(string userId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var ids = await db.Notifications.Where(n => n.UserId == userId).Select(n => n.Id).ToListAsync();
        return (ids, await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null));
    }

    private sealed record Answer(HttpStatusCode Status, string? Location, string Body)
    {
        public bool Holds(string marker) =>
            Body.Contains(marker, StringComparison.Ordinal) || Body.Contains(WebUtility.HtmlEncode(marker), StringComparison.Ordinal)
            || (Location?.Contains(Uri.EscapeDataString(marker), StringComparison.Ordinal) ?? false);
    }
}
