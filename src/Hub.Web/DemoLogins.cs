using System.Text.Json;
using Hub.Core.Seeding;
using MudBlazor;

namespace Hub.Web;

/// <summary>
/// The featured demo accounts from seed/accounts.json, read once, for the sign-in page and the start-up banner; empty when
/// seeding is off.
/// </summary>
public sealed class DemoLogins(IConfiguration configuration, IHostEnvironment environment)
{
    private readonly Lazy<IReadOnlyList<SeedAccount>> _featured = new(() =>
    {
        var folder = HubWebSetup.SeedFolder(configuration, environment);
        var path = folder is null ? null : Path.Combine(folder, DemoWorld.AccountsFile);
        if (path is null || !File.Exists(path))
        {
            return [];
        }

        using var stream = File.OpenRead(path);
        var all = JsonSerializer.Deserialize<List<SeedAccount>>(stream, DemoWorld.Json) ?? [];
        return all.Where(a => a.Featured).ToList();
    });

    public IReadOnlyList<SeedAccount> Featured => _featured.Value;
}
