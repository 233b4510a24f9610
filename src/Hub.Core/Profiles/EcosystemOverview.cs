using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Profiles;

/// <summary>Figures for the home dashboard: what the ecosystem holds, and for admins how the platform is doing.</summary>
public sealed class EcosystemOverview(HubDbContext db, Compute.ComputeCatalogue compute, ProfileViewer viewer, TimeProvider clock)
{
    /// <summary>The figures, with the newest profiles' cards as <paramref name="viewerUserId"/> may see them (null: signed out).</summary>
    public async Task<EcosystemFigures> FiguresAsync(string? viewerUserId = null, CancellationToken ct = default)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        var byKind = await db.Profiles.AsNoTracking().GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var recent = await db.Profiles.CountAsync(p => p.CreatedAt >= since, ct);
        var supply = await compute.SupplyAsync(ct);
        var newest = await db.Profiles.AsNoTracking().OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(6)
            .Select(p => new ProfileCard(p.Id, p.Kind, p.Name, p.Headline, p.Country, p.City,
                db.ProfileLogos.Where(l => l.ProfileId == p.Id).Select(l => "/profiles/" + p.Id + "/logo?v=" + l.Hash.Substring(0, 12)).FirstOrDefault(), p.Stage, p.RaiseTargetEur,
                p.TicketMinEur, p.TicketMaxEur, p.Institution ?? p.Industry, p.Tags.OrderBy(t => t.Facet).ThenBy(t => t.Name).Select(t => t.Name).Take(4).ToList()))
            .ToListAsync(ct);
        return new EcosystemFigures(byKind, recent, supply.Offers, supply.GpuHours, await viewer.CardsForAsync(viewerUserId, newest, ct));
    }

    public async Task<PlatformFigures> PlatformAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var since = now.UtcDateTime.AddDays(-30);
        var accounts = await db.Users.CountAsync(ct);
        // LockoutEnd is a DateTimeOffset, which SQLite cannot compare in SQL; the set of locked rows is small.
        var lockouts = await db.Users.AsNoTracking().Where(u => u.LockoutEnd != null).Select(u => u.LockoutEnd).ToListAsync(ct);
        var recent = await db.Users.CountAsync(u => u.CreatedAt >= since, ct);
        var orphans = await db.Profiles.CountAsync(p => !p.Members.Any(), ct);
        return new PlatformFigures(accounts, lockouts.Count(l => l > now), recent, orphans);
    }
}
