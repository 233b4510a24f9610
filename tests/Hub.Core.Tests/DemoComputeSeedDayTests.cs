using Hub.Core.Compute;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

/// <summary>
/// The app seeds the demo on whatever day it first starts, and the marketplace is dated around that day: on any day,
/// early or late in a month or near the end of the offers' windows, seeding succeeds and the ledger stays consistent.
/// </summary>
public class DemoComputeSeedDayTests
{
    [Theory]
    [InlineData("2026-12-01T00:30:00Z")]
    [InlineData("2027-03-31T23:30:00Z")]
    [InlineData("2027-11-15T12:00:00Z")]
    [InlineData("2027-12-31T18:00:00Z")]
    [InlineData("2028-02-29T09:00:00Z")]
    public async Task SeedsAConsistentMarketplaceOnAnyDay(string day)
    {
        await using var db = await TestDatabase.CreateAsync();
        var now = DateTimeOffset.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        db.Clock.SetUtcNow(now);

        await db.SeedAsync(Worlds.Demo());

        var (months, allocations) = await db.QueryAsync(async c => (
            await c.ComputeOfferMonths.AsNoTracking().ToListAsync(),
            await c.ComputeAllocations.AsNoTracking().ToListAsync()));
        var approved = allocations.GroupBy(a => (a.OfferId, a.Month)).ToDictionary(g => g.Key, g => g.Sum(a => a.ApprovedHours));
        Assert.All(months, m => Assert.Equal(approved.GetValueOrDefault((m.OfferId, m.Month)), m.AllocatedHours));
        Assert.All(allocations, a => Assert.InRange(a.UsedHours, 0, a.ApprovedHours));
        Assert.All(allocations.Where(a => a.Month > ComputeMonths.Of(now.UtcDateTime)), a => Assert.Equal(0, a.UsedHours));
    }
}
