using Hub.Core.Compute;
using Microsoft.EntityFrameworkCore;
using static Hub.Core.Tests.Compute.ComputeKit;

namespace Hub.Core.Tests.Compute;

/// <summary>Per-month capacity arithmetic: approvals in full and in part, refusals that change nothing, withdrawals, usage and losses.</summary>
public class CapacityTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _provider = default!;   // compute@hub.demo
    private Person _sam = default!;        // startup@hub.demo
    private Person _cora = default!;       // company@hub.demo

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _provider = await _db.PersonAsync("compute@hub.demo");
        _sam = await _db.PersonAsync("startup@hub.demo");
        _cora = await _db.PersonAsync("company@hub.demo");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task ANewOfferOpensOneLedgerMonthPerMonthOfItsWindow()
    {
        var offer = await _db.CreateOfferAsync(_provider);

        var months = await _db.RunAsync<CapacityLedger, List<ComputeOfferMonth>>(l => l.MonthsAsync(offer));
        Assert.Equal([December, January, February, March], months.Select(m => m.Month));
        Assert.All(months, m => Assert.Equal((1000, 0), (m.CapacityHours, m.AllocatedHours)));
    }

    [Fact]
    public async Task ApprovingInFullReservesTheHoursInEveryMonthAskedForAndNoOther()
    {
        var offer = await _db.CreateOfferAsync(_provider);
        var application = await _db.ApplyAsync(_sam, offer, 400, December, February);

        var approved = await _db.ApproveAsync(_provider, application, 400);

        Assert.True(approved.Succeeded, approved.Message);
        Assert.Equal(new Dictionary<DateOnly, int> { [December] = 400, [January] = 400, [February] = 400, [March] = 0 }, await _db.AllocatedAsync(offer));
        Assert.Equal([400, 400, 400], (await _db.AllocationsAsync(application)).Select(a => a.ApprovedHours));
        var saved = await _db.ApplicationAsync(application);
        Assert.Equal((ApplicationStatus.Approved, 400, false), (saved.Status, saved.ApprovedHoursPerMonth!.Value, saved.ApprovedInPart));
        Assert.Contains(_db.Pushes.Sent, p => p.UserId == RecordingLiveTransport.Everyone && p.Payload is CapacityChanged c && c.OfferId == offer);
    }

    [Fact]
    public async Task ApprovingInPartReservesOnlyTheApprovedHoursAndTellsTheApplicantHowMany()
    {
        var offer = await _db.CreateOfferAsync(_provider);
        var application = await _db.ApplyAsync(_sam, offer, 500, January, January);

        var approved = await _db.ApproveAsync(_provider, application, 300, "We can't give more in January.");

        Assert.True(approved.Succeeded, approved.Message);
        Assert.Equal(300, (await _db.AllocatedAsync(offer))[January]);
        var saved = await _db.ApplicationAsync(application);
        Assert.True(saved.ApprovedInPart);
        Assert.Equal("Approved in part", ComputeLabels.Of(saved));
        var told = (await _db.NotificationsOfAsync(_sam.UserId)).Last();
        Assert.Equal("H100 training capacity: approved in part", told.Title);
        Assert.StartsWith("300 of the 500 GPU-hours a month you asked for, January 2027.", told.Body, StringComparison.Ordinal);
        Assert.Contains(_db.Pushes.To<ApplicationChanged>(_sam.UserId), c => c.ApplicationId == application && c.Status == ApplicationStatus.Approved);
    }

    [Fact]
    public async Task AnApprovalThatDoesNotFitOneMonthChangesNothingInAnyMonthAndNamesWhatIsLeft()
    {
        var offer = await _db.CreateOfferAsync(_provider);
        Assert.True((await _db.ApproveAsync(_provider, await _db.ApplyAsync(_cora, offer, 800, January, January), 800)).Succeeded);
        var second = await _db.ApplyAsync(_sam, offer, 300, December, January);

        var refused = await _db.ApproveAsync(_provider, second, 300);

        Assert.Equal(OutcomeStatus.Conflict, refused.Status);
        Assert.Equal("Only 200 GPU-hours are left in January 2027: nothing was approved. Approve 200 or fewer a month.", refused.Message);
        // December took the hours before January refused: the rollback gave them back.
        Assert.Equal(0, (await _db.AllocatedAsync(offer))[December]);
        Assert.Equal(800, (await _db.AllocatedAsync(offer))[January]);
        Assert.Equal(ApplicationStatus.Submitted, (await _db.ApplicationAsync(second)).Status);
        Assert.Empty(await _db.AllocationsAsync(second));

        Assert.True((await _db.ApproveAsync(_provider, second, 200)).Succeeded);
        Assert.Equal(1000, (await _db.AllocatedAsync(offer))[January]);
    }

    [Fact]
    public async Task WithdrawingAnAllocationReturnsThisMonthsUnusedAndLaterHoursButLeavesPastMonthsLost()
    {
        var offer = await _db.CreateOfferAsync(_provider);
        var application = await _db.ApplyAsync(_sam, offer, 400, December, February);
        Assert.True((await _db.ApproveAsync(_provider, application, 400)).Succeeded);
        _db.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
        var allocations = await _db.AllocationsAsync(application);
        Assert.True((await _db.RunAsync<ComputeUsage, Outcome>(u => u.RecordAsync(_provider.UserId, allocations[0].Id, 300))).Succeeded);
        Assert.True((await _db.RunAsync<ComputeUsage, Outcome>(u => u.RecordAsync(_provider.UserId, allocations[1].Id, 100))).Succeeded);

        var withdrawn = await _db.RunAsync<ComputeApplications, Outcome>(a => a.WithdrawAsync(_sam.UserId, application));

        Assert.True(withdrawn.Succeeded, withdrawn.Message);
        Assert.Equal(new Dictionary<DateOnly, int> { [December] = 400, [January] = 100, [February] = 0, [March] = 0 }, await _db.AllocatedAsync(offer));
        var after = await _db.AllocationsAsync(application);
        Assert.Equal([(400, 300, 0), (100, 100, 300), (0, 0, 400)], after.Select(a => (a.ApprovedHours, a.UsedHours, a.ReleasedHours)));
        Assert.Equal(ApplicationStatus.Withdrawn, (await _db.ApplicationAsync(application)).Status);
        var told = (await _db.NotificationsOfAsync(_provider.UserId)).Last();
        Assert.Equal("700 GPU-hours went back to the pool.", told.Body);

        var use = await _db.RunAsync<ComputeUsage, Outcome<IReadOnlyList<MonthUse>>>(u => u.UtilisationAsync(_provider.UserId, _provider.ProfileId, offer));
        var december = use.Value!.Single(m => m.Month == December);
        Assert.Equal((300, 100, 600, 700), (december.Used, december.LostUnused, december.LostIdle, december.Lost));
        var january = use.Value!.Single(m => m.Month == January);
        Assert.Equal((0, 900), (january.Lost, january.Free));
    }

    [Fact]
    public async Task AnOffersHoursCannotDropBelowWhatAMonthHasAllocatedAndPastMonthsKeepTheirCapacity()
    {
        var offer = await _db.CreateOfferAsync(_provider);
        Assert.True((await _db.ApproveAsync(_provider, await _db.ApplyAsync(_sam, offer, 700, January, January), 700)).Succeeded);

        var refused = await _db.RunAsync<ComputeOffers, Outcome>(o => o.UpdateAsync(_provider.UserId, offer, Offer(i => i.GpuHoursPerMonth = 600)));

        Assert.Equal(OutcomeStatus.Invalid, refused.Status);
        Assert.Equal("January 2027 already has 700 GPU-hours allocated: offer at least that many a month.", refused.Errors[nameof(ComputeOfferInput.GpuHoursPerMonth)].Single());
        Assert.All(await _db.RunAsync<CapacityLedger, List<ComputeOfferMonth>>(l => l.MonthsAsync(offer)), m => Assert.Equal(1000, m.CapacityHours));
        Assert.Equal(1000, (await _db.QueryAsync(c => c.ComputeOffers.SingleAsync(o => o.Id == offer))).GpuHoursPerMonth);

        _db.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero));
        Assert.True((await _db.RunAsync<ComputeOffers, Outcome>(o => o.UpdateAsync(_provider.UserId, offer, Offer(i => i.GpuHoursPerMonth = 1500)))).Succeeded);
        var months = await _db.RunAsync<CapacityLedger, List<ComputeOfferMonth>>(l => l.MonthsAsync(offer));
        Assert.Equal([1000, 1500, 1500, 1500], months.Select(m => m.CapacityHours));
    }

    [Fact]
    public async Task TheWindowCannotShrinkAwayFromAMonthThatHoldsAllocations()
    {
        var offer = await _db.CreateOfferAsync(_provider);
        Assert.True((await _db.ApproveAsync(_provider, await _db.ApplyAsync(_sam, offer, 100, March, March), 100)).Succeeded);

        var refused = await _db.RunAsync<ComputeOffers, Outcome>(o => o.UpdateAsync(_provider.UserId, offer, Offer(i => i.AvailableUntil = new DateOnly(2027, 2, 28))));

        Assert.Equal(OutcomeStatus.Invalid, refused.Status);
        Assert.Contains("March 2027 holds 100 allocated GPU-hours", refused.Message, StringComparison.Ordinal);
        Assert.Equal(4, (await _db.AllocatedAsync(offer)).Count);
        Assert.Equal(new DateOnly(2027, 3, 31), (await _db.QueryAsync(c => c.ComputeOffers.SingleAsync(o => o.Id == offer))).AvailableUntil);
    }

    [Fact]
    public async Task WideningTheWindowOpensTheNewMonthsWithTheOffersHours()
    {
        var offer = await _db.CreateOfferAsync(_provider);

        Assert.True((await _db.RunAsync<ComputeOffers, Outcome>(o => o.UpdateAsync(_provider.UserId, offer, Offer(i => i.AvailableUntil = new DateOnly(2027, 5, 31))))).Succeeded);

        var months = await _db.RunAsync<CapacityLedger, List<ComputeOfferMonth>>(l => l.MonthsAsync(offer));
        Assert.Equal(6, months.Count);
        Assert.Equal(new DateOnly(2027, 5, 1), months[^1].Month);
    }
}
