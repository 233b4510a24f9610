using Hub.Core.Compute;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

/// <summary>The compute marketplace as the demo seeds it, on the test clock's day.</summary>
public class DemoComputeTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private TestDatabase Db => seeded.Db;

    [Fact]
    public async Task EveryOfferHasOneLedgerMonthForEachMonthOfItsWindow()
    {
        var (offers, months) = await Db.QueryAsync(async c => (
            await c.ComputeOffers.AsNoTracking().ToListAsync(),
            (await c.ComputeOfferMonths.AsNoTracking().ToListAsync()).ToLookup(m => m.OfferId)));

        Assert.All(offers, o =>
        {
            Assert.Equal(ComputeMonths.Range(o.AvailableFrom, o.AvailableUntil), months[o.Id].Select(m => m.Month).Order());
            Assert.All(months[o.Id], m => Assert.Equal(o.GpuHoursPerMonth, m.CapacityHours));
        });
    }

    [Fact]
    public async Task OffersWerePlacedOnDifferentDaysBeforeTheDemoStarted()
    {
        var placed = await Db.QueryAsync(c => c.ComputeOffers.AsNoTracking().Select(o => o.CreatedAt).ToListAsync());

        Assert.True(placed.Distinct().Count() > placed.Count / 2);
        Assert.All(placed, p => Assert.True(p < Db.Clock.GetUtcNow().UtcDateTime));
    }
}
