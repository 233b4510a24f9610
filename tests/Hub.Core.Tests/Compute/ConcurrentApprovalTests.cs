using Hub.Core.Compute;
using Microsoft.EntityFrameworkCore;
using static Hub.Core.Tests.Compute.ComputeKit;

namespace Hub.Core.Tests.Compute;

/// <summary>Capacity is never overbooked, also when many approvals race for the last hours of an offer.</summary>
public class ConcurrentApprovalTests : IAsyncLifetime
{
    private static readonly string[] LoserMessages = ["The application changed or was decided meanwhile; reload it.", "The application has already been decided."];

    private TestDatabase _db = default!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync(Worlds.Demo());

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task FiftyConcurrentApprovalsForTheLastHoursApproveExactlyWhatFitsAndTellTheOthersWhy()
    {
        var provider = await _db.PersonAsync("compute@hub.demo");
        var offer = await _db.CreateOfferAsync(provider, i => i.AvailableUntil = new DateOnly(2026, 12, 31));
        // 600 of December's 1,000 hours are taken: 400 are left, room for exactly ten of the fifty 40-hour approvals.
        var sam = await _db.PersonAsync("startup@hub.demo");
        Assert.True((await _db.ApproveAsync(provider, await _db.ApplyAsync(sam, offer, 600, December, December), 600)).Succeeded);
        var applications = new List<long>();
        for (var n = 0; n < 50; n++)
        {
            applications.Add(await _db.ApplyAsync(await _db.StartupAsync(n), offer, 40, December, December));
        }

        // Each approval in its own scope and connection, as fifty reviewers clicking at once would.
        using var start = new ManualResetEventSlim();
        var racing = applications.Select(id => Task.Run(async () =>
        {
            start.Wait();
            return (Id: id, Outcome: await _db.ApproveAsync(provider, id, 40));
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(racing);

        Assert.Equal(10, outcomes.Count(o => o.Outcome.Succeeded));
        var refused = outcomes.Where(o => !o.Outcome.Succeeded).ToList();
        Assert.Equal(40, refused.Count);
        Assert.All(refused, o =>
        {
            Assert.Equal(OutcomeStatus.Conflict, o.Outcome.Status);
            Assert.Equal("No GPU-hours are left in December 2026: nothing was approved. Ask the applicant to move their months, or reject.", o.Outcome.Message);
        });

        Assert.Equal(1000, (await _db.AllocatedAsync(offer))[December]);
        var allocated = await _db.QueryAsync(c => c.ComputeAllocations.Where(a => a.OfferId == offer).SumAsync(a => a.ApprovedHours));
        Assert.Equal(1000, allocated);
        var approvedIds = outcomes.Where(o => o.Outcome.Succeeded).Select(o => o.Id).ToHashSet();
        var statuses = await _db.QueryAsync(c => c.ComputeApplications.Where(a => applications.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Status));
        Assert.All(statuses, s => Assert.Equal(approvedIds.Contains(s.Key) ? ApplicationStatus.Approved : ApplicationStatus.Submitted, s.Value));
    }

    [Fact]
    public async Task OfTwoDecisionsTakenAtOnceOnOneApplicationOnlyOneLands()
    {
        var provider = await _db.PersonAsync("compute@hub.demo");
        var offer = await _db.CreateOfferAsync(provider);
        var application = await _db.ApplyAsync(await _db.PersonAsync("startup@hub.demo"), offer, 100, December, January);

        var approve = Task.Run(() => _db.ApproveAsync(provider, application, 100));
        var reject = Task.Run(() => _db.RunAsync<ComputeApplications, Outcome>(a => a.RejectAsync(provider.UserId, application, "Out of scope for this offer.")));
        var outcomes = await Task.WhenAll(approve, reject);

        Assert.Single(outcomes, o => o.Succeeded);
        // The loser either lost the race to claim the decision, or read the application after the winner had decided it.
        Assert.Contains(Assert.Single(outcomes, o => !o.Succeeded).Message, LoserMessages);
        var saved = await _db.ApplicationAsync(application);
        var allocated = (await _db.AllocatedAsync(offer)).Values.Sum();
        Assert.Equal(saved.Status == ApplicationStatus.Approved ? 200 : 0, allocated);
    }
}
