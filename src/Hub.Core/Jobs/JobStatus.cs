using Hub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Jobs;

/// <summary>How the periodic jobs are doing, for the admins' platform health.</summary>
public sealed class JobStatus(HubDbContext db)
{
    public async Task<IReadOnlyList<PeriodicJobState>> AllAsync(CancellationToken ct = default) =>
        await db.PeriodicJobs.AsNoTracking().OrderBy(j => j.Name).ToListAsync(ct);
}
