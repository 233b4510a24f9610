using Hub.Core;
using Hub.Core.Compute;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.E2E;

/// <summary>
/// Arranges what a compute provider and an applicant do for a test through Core's services: the demo provider
/// (compute@hub.demo) places a paid offer from this month on; applications are made as the applicant would.
/// </summary>
public sealed class ComputeArrangement(IServiceProvider services, string providerUserId, int providerId, int offerId)
{
    public const string Provider = "compute@hub.demo";

    public string ProviderUserId { get; } = providerUserId;

    public int ProviderId { get; } = providerId;

    public int OfferId { get; } = offerId;

    public static DateOnly ThisMonth => ComputeMonths.Of(DateTime.UtcNow);

    /// <summary>Places a paid offer of 1,000 GPU-hours a month for a year, with one question for applicants.</summary>
    public static async Task<ComputeArrangement> OfferAsync(IServiceProvider services, string title, Action<ComputeOfferInput>? change = null)
    {
        var (providerUser, providerId) = await DemoAsync(services, Provider);
        var input = new ComputeOfferInput
        {
            Title = title,
            Description = "Eight H100 per node in a Tier IV data centre, billed per GPU-hour.",
            Accelerator = "NVIDIA H100 80GB",
            AcceleratorCount = 8,
            MemoryPerAcceleratorGb = 80,
            GpuHoursPerMonth = 1000,
            AccessMode = AccessMode.Paid,
            PricePerGpuHourEur = 2.5m,
            MaxJobHours = 72,
            EligibleKinds = [ProfileKind.Startup, ProfileKind.Researcher, ProfileKind.Company],
            DataResidency = "LU",
            Questions = ["Which framework do you train with?"],
            AvailableFrom = ThisMonth,
            AvailableUntil = ThisMonth.AddMonths(12).AddDays(-1),
        };
        change?.Invoke(input);
        var created = await WithAsync<ComputeOffers, Outcome<int>>(services, o => o.CreateAsync(providerUser, providerId, input));
        Assert.True(created.Succeeded, created.Message);
        return new ComputeArrangement(services, providerUser, providerId, created.Value);
    }

    /// <summary>The demo account applies with its first profile for 500 GPU-hours a month over three months.</summary>
    public async Task<long> ApplyAsync(string email)
    {
        var (userId, profileId) = await DemoAsync(services, email);
        var applied = await WithAsync<ComputeApplications, Outcome<long>>(services, a => a.ApplyAsync(userId, OfferId, new ComputeApplicationInput
        {
            ProfileId = profileId,
            Objective = "Fine-tune a legal language model that tracks regulatory change across the EU.",
            DataDescription = "Public EU legislation from EUR-Lex and our own annotations; no personal data.",
            TeamExperience = "Two engineers who fine-tuned transformers on rented A100s last year.",
            HoursPerMonth = 500,
            FirstMonth = ThisMonth,
            LastMonth = ThisMonth.AddMonths(2),
            LongestJobHours = 24,
            Answers = ["PyTorch with DeepSpeed."],
            RiskFactors = RiskFactors.GeneratesContent,
        }));
        Assert.True(applied.Succeeded, applied.Message);
        return applied.Value;
    }

    public async Task ApproveAsync(long applicationId, int hoursPerMonth)
    {
        var approved = await WithAsync<ComputeApplications, Outcome>(services, a => a.ApproveAsync(ProviderUserId, applicationId, hoursPerMonth, null));
        Assert.True(approved.Succeeded, approved.Message);
    }

    private static Task<(string UserId, int ProfileId)> DemoAsync(IServiceProvider services, string email) =>
        WithAsync<HubDbContext, (string, int)>(services, async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return (userId, await db.ProfileMembers.Where(m => m.UserId == userId).OrderBy(m => m.ProfileId).Select(m => m.ProfileId).FirstAsync());
        });

    private static async Task<T> WithAsync<TService, T>(IServiceProvider services, Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
