using Hub.Core.Compute;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests.Compute;

/// <summary>Offers and applications made for a test through the services, as the pages make them.</summary>
public static class ComputeKit
{
    public static readonly DateOnly December = new(2026, 12, 1);
    public static readonly DateOnly January = new(2027, 1, 1);
    public static readonly DateOnly February = new(2027, 2, 1);
    public static readonly DateOnly March = new(2027, 3, 1);

    /// <summary>A paid H100 offer of 1,000 GPU-hours a month from December 2026 to March 2027, open to every applicant kind.</summary>
    public static ComputeOfferInput Offer(Action<ComputeOfferInput>? change = null)
    {
        var input = new ComputeOfferInput
        {
            Title = "H100 training capacity",
            Description = "Eight H100 per node, InfiniBand.",
            Accelerator = "NVIDIA H100 80GB",
            AcceleratorCount = 8,
            MemoryPerAcceleratorGb = 80,
            GpuHoursPerMonth = 1000,
            AccessMode = AccessMode.Paid,
            PricePerGpuHourEur = 2.5m,
            DataResidency = "LU",
            MaxJobHours = 48,
            AvailableFrom = December,
            AvailableUntil = new DateOnly(2027, 3, 31),
        };
        change?.Invoke(input);
        return input;
    }

    public static ComputeApplicationInput Application(int profileId, int hoursPerMonth, DateOnly first, DateOnly last, Action<ComputeApplicationInput>? change = null)
    {
        var input = new ComputeApplicationInput
        {
            ProfileId = profileId,
            Objective = "Fine-tune a 7B model on Luxembourgish legal texts for a search assistant.",
            DataDescription = "Public case law from legilux.lu, about 40 GB of text, no personal data.",
            TeamExperience = "Two ML engineers who trained models on 64 GPUs before.",
            HoursPerMonth = hoursPerMonth,
            FirstMonth = first,
            LastMonth = last,
            LongestJobHours = 12,
        };
        change?.Invoke(input);
        return input;
    }

    public static async Task<int> CreateOfferAsync(this TestDatabase db, Person provider, Action<ComputeOfferInput>? change = null)
    {
        var created = await db.RunAsync<ComputeOffers, Outcome<int>>(o => o.CreateAsync(provider.UserId, provider.ProfileId, Offer(change)));
        Assert.True(created.Succeeded, created.Message);
        return created.Value;
    }

    public static Task<Outcome<long>> TryApplyAsync(this TestDatabase db, Person applicant, int offerId, int hours, DateOnly first, DateOnly last, Action<ComputeApplicationInput>? change = null) =>
        db.RunAsync<ComputeApplications, Outcome<long>>(a => a.ApplyAsync(applicant.UserId, offerId, Application(applicant.ProfileId, hours, first, last, change)));

    public static async Task<long> ApplyAsync(this TestDatabase db, Person applicant, int offerId, int hours, DateOnly first, DateOnly last, Action<ComputeApplicationInput>? change = null)
    {
        var applied = await db.TryApplyAsync(applicant, offerId, hours, first, last, change);
        Assert.True(applied.Succeeded, applied.Message);
        return applied.Value;
    }

    public static Task<Outcome> ApproveAsync(this TestDatabase db, Person provider, long applicationId, int hoursPerMonth, string? note = null) =>
        db.RunAsync<ComputeApplications, Outcome>(a => a.ApproveAsync(provider.UserId, applicationId, hoursPerMonth, note));

    /// <summary>The offer's ledger: allocated hours per month.</summary>
    public static async Task<Dictionary<DateOnly, int>> AllocatedAsync(this TestDatabase db, int offerId) =>
        await db.QueryAsync(c => c.ComputeOfferMonths.AsNoTracking().Where(m => m.OfferId == offerId).ToDictionaryAsync(m => m.Month, m => m.AllocatedHours));

    public static Task<ComputeApplication> ApplicationAsync(this TestDatabase db, long id) =>
        db.QueryAsync(c => c.ComputeApplications.AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<List<ComputeAllocation>> AllocationsAsync(this TestDatabase db, long applicationId) =>
        db.QueryAsync(c => c.ComputeAllocations.AsNoTracking().Where(a => a.ApplicationId == applicationId).OrderBy(a => a.Month).ToListAsync());

    /// <summary>A new member of the n-th demo startup (the demo has hundreds), for tests that need many applicants.</summary>
    public static Task<Person> StartupAsync(this TestDatabase db, int n) => db.MemberOfKindAsync(ProfileKind.Startup, 10 + n);
}
