using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Compute;

/// <summary>Reads of the GPU offers that compute providers place on the hub.</summary>
public sealed class ComputeCatalogue(HubDbContext db)
{
    /// <summary>A provider's offers, by title.</summary>
    public async Task<IReadOnlyList<ComputeOffer>> OffersOfAsync(int providerId, CancellationToken ct = default) =>
        await db.ComputeOffers.AsNoTracking().Where(o => o.ProviderId == providerId).OrderBy(o => o.Title).ToListAsync(ct);

    /// <summary>How many offers take applications and how many GPU-hours a month they hold together.</summary>
    public async Task<ComputeSupply> SupplyAsync(CancellationToken ct = default)
    {
        var open = db.ComputeOffers.Where(o => o.Status == OfferStatus.Open);
        var offers = await open.CountAsync(ct);
        var hours = offers == 0 ? 0 : await open.SumAsync(o => (long)o.GpuHoursPerMonth, ct);
        return new ComputeSupply(offers, hours);
    }
}
