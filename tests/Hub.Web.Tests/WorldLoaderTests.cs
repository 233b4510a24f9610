using Hub.Core.Profiles;
using Hub.Matching.Serving;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

public class WorldLoaderTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    [Fact]
    public async Task AChangedProfileIsServedFromTheOldSnapshotUntilTheNewOneIsReady()
    {
        // Start-up work (demo history, first model) rebuilds snapshots itself; let it finish first.
        await factory.Services.GetRequiredService<RecommenderTrainer>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
        var loader = factory.Services.GetRequiredService<WorldLoader>();
        var before = await loader.CurrentAsync(fresh: true);
        var founder = await factory.CreateMemberAsync("snapshot@example.com");
        int created;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ProfileEditor>().CreateAsync(founder, new ProfileInput
            {
                Kind = ProfileKind.Company, Name = "Snapshot Steel", Headline = "A steel maker trying visual inspection", Country = "LU",
                Seeks = Intent.IndustryPartner, Industry = "Steel", CompanySize = CompanySize.Large, AiMaturity = AiMaturity.Piloting,
            });
            created = result.Value;
        }

        // The request that notices the change does not wait for the rebuild...
        var served = await loader.CurrentAsync();
        Assert.Same(before, served);
        Assert.Null(served.Find(created));

        // ...and whoever needs the new profile gets a fresh snapshot that has it.
        var fresh = await loader.CurrentAsync(fresh: true);
        Assert.NotNull(fresh.Find(created));
    }
}
