using Hub.Core;
using Hub.Matching;
using Hub.Web;
using Hub.Web.Accounts;
using Hub.Web.Components;
using Hub.Web.Compute;
using Hub.Web.Events;
using Hub.Web.Live;
using Hub.Web.Profiles;
using Hub.Web.ScaleOut;
using Hub.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddHubCore();
builder.AddHubMatching();
builder.AddHubAccounts();
builder.AddHubWeb();
builder.AddHubLive();
builder.AddHubScaleOut();
builder.AddHubRateLimits();

var app = builder.Build();
await app.Services.InitialiseHubDatabaseAsync(app.SeedFolder());

app.UseHubPipeline();
app.UseHubRateLimits();
app.MapHubAccountEndpoints();
app.MapHubEventEndpoints();
app.MapHubComputeEndpoints();
app.MapPersonalData();
app.MapHubLive();
app.MapEventCalendars();
app.MapProfileLogos();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.LogDemoLogins();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
