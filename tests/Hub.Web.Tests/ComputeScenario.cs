using Hub.Core;
using Hub.Core.Compute;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>
/// A compute application arranged through Core's services as people would: the demo compute provider (compute@hub.demo,
/// Kirchberg GPU Cloud) places a paid offer from this month on, and the demo startup (startup@hub.demo) applies for it.
/// </summary>
public sealed class ComputeScenario(IServiceProvider services)
{
    public const string Provider = "compute@hub.demo";
    public const string Applicant = "startup@hub.demo";

    public string ProviderUserId { get; private init; } = "";

    public int ProviderId { get; private init; }

    public string ApplicantUserId { get; private init; } = "";

    public int ApplicantProfileId { get; private init; }

    public string ApplicantName { get; private init; } = "";

    public int OfferId { get; private init; }

    public long ApplicationId { get; private init; }

    public DateOnly ThisMonth { get; private init; }

    /// <summary>
    /// Places the offer (1,000 GPU-hours a month for a year, one question; paid, or an access call with a cut-off in ten
    /// days) and applies for 500 a month over three months.
    /// </summary>
    public static async Task<ComputeScenario> ArrangeAsync(HubWebFactory factory, string title, int hoursPerMonth = 500, bool smeOnly = false, AccessMode mode = AccessMode.Paid)
    {
        var services = factory.Services;
        var (providerUser, providerId) = await factory.DemoProfileAsync(Provider);
        var (applicantUser, applicantProfile) = await factory.DemoProfileAsync(Applicant);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var thisMonth = ComputeMonths.Of(now);
        var created = await With<ComputeOffers, Outcome<int>>(services, o => o.CreateAsync(providerUser, providerId, new ComputeOfferInput
        {
            Title = title,
            Description = "Eight H100 per node, billed per GPU-hour.",
            Accelerator = "NVIDIA H100 80GB",
            AcceleratorCount = 8,
            MemoryPerAcceleratorGb = 80,
            GpuHoursPerMonth = 1000,
            AccessMode = mode,
            PricePerGpuHourEur = mode == AccessMode.Paid ? 2.5m : null,
            CutOffs = mode == AccessMode.AccessCall ? [DateOnly.FromDateTime(now).AddDays(10)] : [],
            MaxHoursPerMonth = mode == AccessMode.FastLane ? 500 : null,
            EligibleKinds = [ProfileKind.Startup, ProfileKind.Researcher, ProfileKind.Company],
            SmeOnly = smeOnly,
            DataResidency = "LU",
            Questions = ["Which framework do you train with?"],
            AvailableFrom = thisMonth,
            AvailableUntil = thisMonth.AddMonths(12).AddDays(-1),
        }));
        Assert.True(created.Succeeded, created.Message);

        var applied = await With<ComputeApplications, Outcome<long>>(services, a => a.ApplyAsync(applicantUser, created.Value, new ComputeApplicationInput
        {
            ProfileId = applicantProfile,
            Objective = "Fine-tune a legal language model that tracks regulatory change.",
            DataDescription = "Public EU legislation from EUR-Lex and our own annotations; no personal data.",
            TeamExperience = "Two engineers who fine-tuned transformers on rented A100s last year.",
            HoursPerMonth = hoursPerMonth,
            FirstMonth = thisMonth,
            LastMonth = thisMonth.AddMonths(2),
            LongestJobHours = 24,
            Answers = ["PyTorch with DeepSpeed."],
        }));
        Assert.True(applied.Succeeded, applied.Message);

        var name = await With<HubDbContext, string>(services, db => db.Profiles.Where(p => p.Id == applicantProfile).Select(p => p.Name).SingleAsync());
        return new ComputeScenario(services)
        {
            ProviderUserId = providerUser,
            ProviderId = providerId,
            ApplicantUserId = applicantUser,
            ApplicantProfileId = applicantProfile,
            ApplicantName = name,
            OfferId = created.Value,
            ApplicationId = applied.Value,
            ThisMonth = thisMonth,
        };
    }

    /// <summary>The provider approves the given hours a month.</summary>
    public async Task ApproveAsync(int hoursPerMonth, string? note = null)
    {
        var approved = await With<ComputeApplications, Outcome>(services, a => a.ApproveAsync(ProviderUserId, ApplicationId, hoursPerMonth, note));
        Assert.True(approved.Succeeded, approved.Message);
    }

    public Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull => With(services, work);

    private static async Task<T> With<TService, T>(IServiceProvider services, Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
