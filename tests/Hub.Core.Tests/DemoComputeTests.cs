using Hub.Core.Compute;
using Hub.Core.Data;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Tests;

/// <summary>The compute marketplace as the demo seeds it, on the test clock's day.</summary>
public class DemoComputeTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private TestDatabase Db => seeded.Db;

    private DateOnly Today => DateOnly.FromDateTime(Db.Clock.GetUtcNow().UtcDateTime);

    private DateOnly ThisMonth => ComputeMonths.Of(Today);

    [Fact]
    public async Task EveryApplicationStatusAppears()
    {
        var applications = await Db.QueryAsync(c => c.ComputeApplications.AsNoTracking().Include(a => a.Offer).ToListAsync());

        Assert.Equal(Enum.GetValues<ApplicationStatus>().Order(), applications.Select(a => a.Status).Distinct().Order());
        Assert.Contains(applications, a => a.Status == ApplicationStatus.Approved && a.ApprovedInPart);
        Assert.Contains(applications, a => a.Status == ApplicationStatus.Approved && a.ApprovedHoursPerMonth == a.HoursPerMonth);
        var waiting = applications.Where(a => a.Status == ApplicationStatus.Submitted).ToList();
        Assert.Contains(waiting, a => a.Offer!.AccessMode == AccessMode.FastLane);
        Assert.Contains(waiting, a => a.Offer!.AccessMode == AccessMode.Paid);
        Assert.Contains(waiting, a => a.CutOff >= Today);
        Assert.Contains(waiting, a => a.CutOff < Today);
        Assert.Contains(applications, a => a.Status == ApplicationStatus.Withdrawn && !a.ApprovedHoursPerMonth.HasValue);
        Assert.Contains(applications, a => a.Status == ApplicationStatus.Withdrawn && a.ApprovedHoursPerMonth.HasValue);
    }

    [Fact]
    public async Task RejectionsAndRequestsForChangesSayWhy()
    {
        var decided = await Db.QueryAsync(c => c.ComputeApplications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Rejected || a.Status == ApplicationStatus.ChangesRequested).ToListAsync());

        Assert.NotEmpty(decided);
        Assert.All(decided, a =>
        {
            Assert.True(a.DecisionNote?.Length > 40, $"Application {a.Id} has no reason.");
            Assert.NotNull(a.DecidedByUserId);
        });
    }

    [Fact]
    public async Task EveryApplicationPassesTheRulesOfItsOfferOnTheDayItWasSubmitted()
    {
        var (applications, profiles, members) = await Db.QueryAsync(async c => (
            await c.ComputeApplications.AsNoTracking().Include(a => a.Offer).ToListAsync(),
            await c.Profiles.AsNoTracking().ToDictionaryAsync(p => p.Id),
            await c.ProfileMembers.AsNoTracking().Select(m => new { m.ProfileId, m.UserId }).ToListAsync()));

        Assert.True(applications.Count >= 25, $"Only {applications.Count} applications.");
        foreach (var a in applications)
        {
            var offer = a.Offer!;
            var submitted = DateOnly.FromDateTime(a.SubmittedAt);
            var input = ComputeApplicationInput.From(a);
            Assert.Empty(ComputeApplicationInput.Validate(input, offer, ComputeMonths.Of(submitted)));
            Assert.True(Eligibility.Check(offer, Applicant.Of(profiles[a.ProfileId]), a.RiskClass).Eligible, $"Application {a.Id} is not eligible.");
            Assert.Equal(RiskAssessment.Of(a.RiskFactors).Class, a.RiskClass);
            Assert.Equal(offer.Questions.Count, a.Answers.Count);
            Assert.Contains(members, m => m.ProfileId == a.ProfileId && m.UserId == a.SubmittedByUserId);
            Assert.True(a.SubmittedAt <= Db.Clock.GetUtcNow().UtcDateTime);
            if (a.DecidedAt is { } decided)
            {
                Assert.True(decided > a.SubmittedAt);
                Assert.Contains(members, m => m.ProfileId == offer.ProviderId && m.UserId == a.DecidedByUserId);
            }
        }
    }

    [Fact]
    public async Task AccessCallApplicationsCarryTheCutOffTheyWereSubmittedFor()
    {
        var applications = await Db.QueryAsync(c => c.ComputeApplications.AsNoTracking().Include(a => a.Offer).ToListAsync());

        Assert.All(applications, a => Assert.Equal(
            a.Offer!.AccessMode == AccessMode.AccessCall ? a.Offer.CutOffFor(DateOnly.FromDateTime(a.SubmittedAt)) : null,
            a.CutOff));
        Assert.Contains(applications, a => a.CutOff is not null);
        // Access calls are decided after the cut-off, never before it.
        Assert.All(applications.Where(a => a.CutOff is { } cutOff && a.Status is ApplicationStatus.Approved or ApplicationStatus.Rejected),
            a => Assert.True(DateOnly.FromDateTime(a.DecidedAt!.Value) > a.CutOff));
    }

    [Fact]
    public async Task EveryCallHasACutOffJustPastAndOneAhead()
    {
        var calls = await Db.QueryAsync(c => c.ComputeOffers.AsNoTracking().Where(o => o.AccessMode == AccessMode.AccessCall).ToListAsync());

        Assert.NotEmpty(calls);
        Assert.All(calls, call =>
        {
            Assert.Contains(call.CutOffs, d => d < Today && d >= Today.AddDays(-45));
            Assert.Contains(call.CutOffs, d => d > Today);
            Assert.All(call.CutOffs, d => Assert.True(d <= call.AvailableUntil));
        });
    }

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
    public async Task TheLedgerHoldsExactlyTheHoursApprovedInEachMonth()
    {
        var (months, allocations) = await Db.QueryAsync(async c => (
            await c.ComputeOfferMonths.AsNoTracking().ToListAsync(),
            await c.ComputeAllocations.AsNoTracking().ToListAsync()));
        var approved = allocations.GroupBy(a => (a.OfferId, a.Month)).ToDictionary(g => g.Key, g => g.Sum(a => a.ApprovedHours));

        Assert.NotEmpty(allocations);
        Assert.All(months, m =>
        {
            Assert.Equal(approved.GetValueOrDefault((m.OfferId, m.Month)), m.AllocatedHours);
            Assert.InRange(m.AllocatedHours, 0, m.CapacityHours);
        });
        Assert.All(allocations, a => Assert.Contains(months, m => m.OfferId == a.OfferId && m.Month == a.Month));
    }

    [Fact]
    public async Task AllocationsMatchTheirApprovalAndUsageOnlyCoversMonthsAlreadyRun()
    {
        var (applications, allocations) = await Db.QueryAsync(async c => (
            await c.ComputeApplications.AsNoTracking().ToDictionaryAsync(a => a.Id),
            await c.ComputeAllocations.AsNoTracking().ToListAsync()));

        Assert.All(allocations, a =>
        {
            var application = applications[a.ApplicationId];
            Assert.InRange(a.Month, application.FirstMonth, application.LastMonth);
            Assert.Equal(application.ApprovedHoursPerMonth, a.ApprovedHours + a.ReleasedHours);
            Assert.InRange(a.UsedHours, 0, a.ApprovedHours);
            if (a.Month > ThisMonth)
            {
                Assert.Equal(0, a.UsedHours);
            }
        });
        Assert.All(applications.Values.Where(a => a.Status == ApplicationStatus.Approved),
            a => Assert.Equal(a.Months, allocations.Count(x => x.ApplicationId == a.Id)));
        // Past months show both use and hours lost to it; the month under way shows use so far.
        var past = allocations.Where(a => a.Month < ThisMonth).ToList();
        Assert.Contains(past, a => a.UsedHours > 0 && a.UsedHours < a.ApprovedHours);
        Assert.Contains(allocations, a => a.Month == ThisMonth && a.UsedHours > 0);
    }

    [Fact]
    public async Task AWithdrawnAllocationGaveItsRemainingHoursBack()
    {
        var (withdrawn, allocations) = await Db.QueryAsync(async c =>
        {
            var application = await c.ComputeApplications.AsNoTracking().SingleAsync(a => a.Status == ApplicationStatus.Withdrawn && a.ApprovedHoursPerMonth != null);
            return (application, await c.ComputeAllocations.AsNoTracking().Where(a => a.ApplicationId == application.Id).ToListAsync());
        });
        var from = ComputeMonths.Of(DateOnly.FromDateTime(withdrawn.WithdrawnAt!.Value));

        Assert.All(allocations.Where(a => a.Month < from), a => Assert.Equal(0, a.ReleasedHours));
        Assert.All(allocations.Where(a => a.Month >= from), a =>
        {
            Assert.True(a.ReleasedHours > 0);
            Assert.Equal(a.UsedHours, a.ApprovedHours);
        });
    }

    [Fact]
    public async Task TheFeaturedStartupHasAnOpenNeedAnAllocationInPartWithUsageAndAnApplicationWaiting()
    {
        var startup = await Db.PersonAsync("startup@hub.demo");
        var (needs, applications, used) = await Db.QueryAsync(async c => (
            await c.ComputeNeeds.AsNoTracking().Where(n => n.ProfileId == startup.ProfileId).ToListAsync(),
            await c.ComputeApplications.AsNoTracking().Where(a => a.ProfileId == startup.ProfileId).ToListAsync(),
            await c.ComputeAllocations.AsNoTracking().Where(x => c.ComputeApplications.Any(a => a.Id == x.ApplicationId && a.ProfileId == startup.ProfileId)).SumAsync(x => x.UsedHours)));

        Assert.Contains(needs, n => n.Status == NeedStatus.Open && n.LastMonth >= ThisMonth);
        Assert.Contains(needs, n => n.Status == NeedStatus.Met);
        Assert.Contains(applications, a => a.Status == ApplicationStatus.Approved && a.ApprovedInPart);
        Assert.Contains(applications, a => a.Status == ApplicationStatus.Submitted && a.NeedId is not null);
        Assert.True(used > 0);
        Assert.All(applications, a => Assert.Equal(startup.UserId, a.SubmittedByUserId));
    }

    [Fact]
    public async Task TheFeaturedResearcherAndCompanyHaveNeedsAndApplications()
    {
        foreach (var email in new[] { "researcher@hub.demo", "company@hub.demo" })
        {
            var person = await Db.PersonAsync(email);
            var (needs, statuses) = await Db.QueryAsync(async c => (
                await c.ComputeNeeds.AsNoTracking().Where(n => n.ProfileId == person.ProfileId).ToListAsync(),
                await c.ComputeApplications.AsNoTracking().Where(a => a.ProfileId == person.ProfileId).Select(a => a.Status).ToListAsync()));

            Assert.Contains(needs, n => n.Status == NeedStatus.Open);
            Assert.Contains(ApplicationStatus.Approved, statuses);
            Assert.Contains(statuses, s => s is ApplicationStatus.Submitted or ApplicationStatus.ChangesRequested);
        }
    }

    [Fact]
    public async Task TheComputeAccountsQueueHasApplicationsToDecideAndItsChartShowsUseAndLoss()
    {
        var compute = await Db.PersonAsync("compute@hub.demo");

        var queue = await Db.RunAsync<ComputeApplications, Outcome<IReadOnlyList<ApplicationRow>>>(s => s.QueueAsync(compute.UserId, compute.ProfileId));
        var months = await Db.RunAsync<ComputeUsage, Outcome<IReadOnlyList<MonthUse>>>(s => s.UtilisationAsync(compute.UserId, compute.ProfileId));

        Assert.True(queue.Succeeded);
        Assert.True(queue.Value!.Count(r => r.DecidableOn(Today)) >= 2);
        Assert.True(queue.Value![0].DecidableOn(Today));
        Assert.Contains(queue.Value!, r => r.Status == ApplicationStatus.ChangesRequested);
        Assert.Contains(queue.Value!, r => r.Status == ApplicationStatus.Approved);
        Assert.Contains(queue.Value!, r => r.AverageScore is not null);
        Assert.True(months.Succeeded);
        Assert.Contains(months.Value!, m => m.Past && m.Used > 0 && m.LostUnused > 0);
        Assert.Contains(months.Value!, m => m.Month == ThisMonth && m.Used > 0 && m.Free > 0);
    }

    [Fact]
    public async Task OffersWerePlacedOnDifferentDaysBeforeTheDemoStarted()
    {
        var placed = await Db.QueryAsync(c => c.ComputeOffers.AsNoTracking().Select(o => o.CreatedAt).ToListAsync());

        Assert.True(placed.Distinct().Count() > placed.Count / 2);
        Assert.All(placed, p => Assert.True(p < Db.Clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task TheFeaturedStartupCanDescribeANewNeedAndApplyToTheComputeAccountsOffer()
    {
        // Writes to the database, so it gets its own.
        await using var db = await TestDatabase.CreateAsync(Worlds.Demo());
        var startup = await db.PersonAsync("startup@hub.demo");
        var compute = await db.PersonAsync("compute@hub.demo");
        var thisMonth = ComputeMonths.Of(DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime));
        var offers = await db.QueryAsync(c => c.ComputeOffers.AsNoTracking()
            .Where(o => o.ProviderId == compute.ProfileId && o.AccessMode != AccessMode.AccessCall).ToListAsync());
        var appliedTo = await db.QueryAsync(c => c.ComputeApplications.Where(a => a.ProfileId == startup.ProfileId).Select(a => a.OfferId).ToListAsync());
        var offer = offers.FirstOrDefault(o => !appliedTo.Contains(o.Id));
        Assert.NotNull(offer);

        var need = await db.RunAsync<ComputeNeeds, Outcome<int>>(s => s.CreateAsync(startup.UserId, startup.ProfileId, new ComputeNeedInput
        {
            Title = "Evaluate our legal model on new judgments", GpuHours = 200, MinMemoryGb = 24, FirstMonth = thisMonth, LastMonth = thisMonth,
        }));
        var applied = await db.RunAsync<ComputeApplications, Outcome<long>>(s => s.ApplyAsync(startup.UserId, offer.Id, new ComputeApplicationInput
        {
            ProfileId = startup.ProfileId, NeedId = need.Value, HoursPerMonth = 200, FirstMonth = thisMonth, LastMonth = thisMonth,
            Objective = "Evaluate the fine-tuned legal model on this month's new judgments.",
            DataDescription = "Published, pseudonymised judgments from the public court archive.",
            TeamExperience = "Two ML engineers who run evaluations with vLLM every week.",
            Answers = [.. offer.Questions.Select(_ => "vLLM in our own container image.")],
        }));
        var approved = await db.RunAsync<ComputeApplications, Outcome>(s => s.ApproveAsync(compute.UserId, applied.Value, 200, null));

        Assert.True(need.Succeeded, need.Message);
        Assert.True(applied.Succeeded, applied.Message);
        Assert.True(approved.Succeeded, approved.Message);
    }
}
