using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Compute;

/// <summary>Startups, researchers and companies describe what compute they need; a need is closed when met.</summary>
public sealed class ComputeNeeds(HubDbContext db, ComputeAccess access, TimeProvider clock)
{
    public const int MaxOpenPerProfile = 20;

    public async Task<Outcome<int>> CreateAsync(string userId, int profileId, ComputeNeedInput input, CancellationToken ct = default)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == profileId, ct);
        if (profile is null || !await access.ActsForAsync(userId, profileId, ct))
        {
            return Outcome.NotFound("That profile does not exist.");
        }

        if (!Applicant.Kinds.Contains(profile.Kind))
        {
            return Outcome.Forbidden("Startups, researchers and companies describe compute needs.");
        }

        var errors = ComputeNeedInput.Validate(input, ThisMonth);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        if (await db.ComputeNeeds.CountAsync(n => n.ProfileId == profileId && n.Status == NeedStatus.Open, ct) >= MaxOpenPerProfile)
        {
            return Outcome.Conflict($"{profile.Name} has {MaxOpenPerProfile} open needs; close one that is met first.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var need = new ComputeNeed { Title = "", ProfileId = profileId, CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(need);
        db.ComputeNeeds.Add(need);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(need.Id);
    }

    public async Task<Outcome> UpdateAsync(string userId, int needId, ComputeNeedInput input, CancellationToken ct = default)
    {
        var need = await db.ComputeNeeds.FirstOrDefaultAsync(n => n.Id == needId, ct);
        if (need is null || !await access.ActsForAsync(userId, need.ProfileId, ct))
        {
            return Outcome.NotFound("That need does not exist.");
        }

        if (need.Status != NeedStatus.Open)
        {
            return Outcome.Conflict("The need is closed; reopen it to change it.");
        }

        var errors = ComputeNeedInput.Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        input.ApplyTo(need);
        need.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    /// <summary>Closes a need (met, or no longer wanted) or reopens it.</summary>
    public async Task<Outcome> SetStatusAsync(string userId, int needId, NeedStatus status, CancellationToken ct = default)
    {
        var need = await db.ComputeNeeds.FirstOrDefaultAsync(n => n.Id == needId, ct);
        if (need is null || !await access.ActsForAsync(userId, need.ProfileId, ct))
        {
            return Outcome.NotFound("That need does not exist.");
        }

        if (status == NeedStatus.Open && need.LastMonth < ThisMonth)
        {
            return Outcome.Conflict("The need's timeframe is over; change its months to reopen it.");
        }

        need.Status = status;
        need.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Outcome.Done();
    }

    /// <summary>A need its profile's members may see (and only they).</summary>
    public async Task<ComputeNeed?> GetAsync(string userId, int needId, CancellationToken ct = default)
    {
        var need = await db.ComputeNeeds.AsNoTracking().FirstOrDefaultAsync(n => n.Id == needId, ct);
        return need is not null && await access.ActsForAsync(userId, need.ProfileId, ct) ? need : null;
    }

    /// <summary>The needs of every profile the user acts for: open first, then newest.</summary>
    public async Task<IReadOnlyList<(ComputeNeed Need, string ProfileName)>> MineAsync(string userId, CancellationToken ct = default)
    {
        var profiles = await access.ApplicantsOfAsync(userId, ct);
        var ids = profiles.Select(p => p.Id).ToList();
        var names = profiles.ToDictionary(p => p.Id, p => p.Name);
        var needs = await db.ComputeNeeds.AsNoTracking().Where(n => ids.Contains(n.ProfileId))
            .OrderBy(n => n.Status).ThenByDescending(n => n.CreatedAt).ToListAsync(ct);
        return needs.Select(n => (n, names[n.ProfileId])).ToList();
    }

    private DateOnly ThisMonth => ComputeMonths.Of(clock.GetUtcNow().UtcDateTime);
}
