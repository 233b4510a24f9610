using Hub.Core.Compute;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using static Hub.Core.Tests.Compute.ComputeKit;

namespace Hub.Core.Tests.Compute;

/// <summary>Who may apply for what, when decisions may be taken, and who sees an application.</summary>
public class ApplicationRulesTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private Person _provider = default!;   // compute@hub.demo
    private Person _sam = default!;        // startup@hub.demo
    private Person _rui = default!;        // researcher@hub.demo

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Worlds.Demo());
        _provider = await _db.PersonAsync("compute@hub.demo");
        _sam = await _db.PersonAsync("startup@hub.demo");
        _rui = await _db.PersonAsync("researcher@hub.demo");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<int> ApplicationCountAsync() => _db.QueryAsync(c => c.ComputeApplications.CountAsync());

    [Fact]
    public async Task AnIneligibleProfileIsRefusedWithTheReasonAndNothingIsSaved()
    {
        var offer = await _db.CreateOfferAsync(_provider, i => { i.EligibleKinds = [ProfileKind.Startup, ProfileKind.Company]; i.SmeOnly = true; });
        var before = await ApplicationCountAsync();

        var refused = await _db.TryApplyAsync(_rui, offer, 100, December, December);

        Assert.Equal(OutcomeStatus.Conflict, refused.Status);
        Assert.Equal("The offer is open to startups and companies only, and you're a researcher. The offer is for SMEs only, and you're not one.", refused.Message);
        Assert.Equal(before, await ApplicationCountAsync());
    }

    [Fact]
    public async Task MoreHoursThanTheOffersLimitOrMonthsOutsideItsWindowAreRefusedPerField()
    {
        var offer = await _db.CreateOfferAsync(_provider, i => { i.AccessMode = AccessMode.FastLane; i.PricePerGpuHourEur = null; i.MaxHoursPerMonth = 200; });
        var before = await ApplicationCountAsync();

        var overLimit = await _db.TryApplyAsync(_sam, offer, 250, December, December);
        var outside = await _db.TryApplyAsync(_sam, offer, 100, February, new DateOnly(2027, 4, 1));
        var tooLong = await _db.TryApplyAsync(_sam, offer, 100, December, December, i => i.LongestJobHours = 72);

        Assert.Equal("This offer gives at most 200 GPU-hours a month to one application; ask for 200 or fewer.", overLimit.Errors[nameof(ComputeApplicationInput.HoursPerMonth)].Single());
        Assert.Equal("The offer has hours from December 2026 to March 2027; choose months within that window.", outside.Errors[nameof(ComputeApplicationInput.FirstMonth)].Single());
        Assert.Equal("Jobs on this offer run at most 48 hours; split longer runs with checkpoints.", tooLong.Errors[nameof(ComputeApplicationInput.LongestJobHours)].Single());
        Assert.Equal(before, await ApplicationCountAsync());
    }

    [Fact]
    public async Task AProhibitedPracticeIsRefusedAndARiskClassTheOfferDoesNotAcceptToo()
    {
        var offer = await _db.CreateOfferAsync(_provider, i => i.AcceptedRiskClasses = [AiRiskClass.Minimal, AiRiskClass.Limited]);

        var prohibited = await _db.TryApplyAsync(_sam, offer, 100, December, December, i => i.RiskFactors = RiskFactors.ProhibitedPractice);
        var high = await _db.TryApplyAsync(_sam, offer, 100, December, December, i => i.RiskFactors = RiskFactors.EducationOrEmployment);
        var limited = await _db.TryApplyAsync(_sam, offer, 100, December, December, i => i.RiskFactors = RiskFactors.InteractsWithPeople);

        Assert.Equal("The AI Act prohibits this practice; no offer can accept it.", prohibited.Message);
        Assert.Equal("The provider doesn't accept high risk projects on this offer.", high.Message);
        Assert.True(limited.Succeeded, limited.Message);
        Assert.Equal(AiRiskClass.Limited, (await _db.ApplicationAsync(limited.Value)).RiskClass);
    }

    [Fact]
    public async Task AnAccessCallIsDecidedOnlyAfterItsCutOffAndTakesNoApplicationAfterTheLast()
    {
        var cutOff = new DateOnly(2026, 12, 15);
        var offer = await _db.CreateOfferAsync(_provider, i => { i.AccessMode = AccessMode.AccessCall; i.PricePerGpuHourEur = null; i.CutOffs = [cutOff]; });
        var application = await _db.ApplyAsync(_sam, offer, 100, January, February);
        Assert.Equal(cutOff, (await _db.ApplicationAsync(application)).CutOff);

        var early = await _db.ApproveAsync(_provider, application, 100);
        Assert.Equal("Access-call applications are decided together after the cut-off on 15 December 2026.", early.Message);
        Assert.Equal(0, (await _db.AllocatedAsync(offer)).Values.Sum());
        // Reviews and requests for changes need not wait for the cut-off.
        Assert.True((await _db.RunAsync<ComputeApplications, Outcome>(a => a.ReviewAsync(_provider.UserId, application, 4, "Clear plan."))).Succeeded);

        _db.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 16, 8, 0, 0, TimeSpan.Zero));
        Assert.True((await _db.ApproveAsync(_provider, application, 100)).Succeeded);
        var late = await _db.TryApplyAsync(_rui, offer, 100, January, January);
        Assert.Equal("The call's last cut-off has passed: it takes no more applications.", late.Message);
    }

    [Fact]
    public async Task OnlyTheProvidersMembersSeeDecideAndReviewAnApplicationAndApplicantsSeeNoReviews()
    {
        var offer = await _db.CreateOfferAsync(_provider);
        var application = await _db.ApplyAsync(_sam, offer, 100, December, December);
        Assert.True((await _db.RunAsync<ComputeApplications, Outcome>(a => a.ReviewAsync(_provider.UserId, application, 5, "Strong team."))).Succeeded);
        var admin = await _db.PersonAsync("admin@hub.demo");

        foreach (var stranger in new[] { _rui, admin })
        {
            Assert.Null(await _db.RunAsync<ComputeApplications, ApplicationView?>(a => a.GetAsync(stranger.UserId, application)));
            Assert.Equal(OutcomeStatus.NotFound, (await _db.ApproveAsync(stranger, application, 100)).Status);
            Assert.Equal(OutcomeStatus.NotFound, (await _db.RunAsync<ComputeApplications, Outcome>(a => a.ReviewAsync(stranger.UserId, application, 1, "x"))).Status);
            Assert.Equal(OutcomeStatus.NotFound, (await _db.RunAsync<ComputeApplications, Outcome<IReadOnlyList<ApplicationRow>>>(a => a.QueueAsync(stranger.UserId, _provider.ProfileId))).Status);
        }

        // The applicant can't decide their own application either.
        Assert.Equal(OutcomeStatus.NotFound, (await _db.ApproveAsync(_sam, application, 100)).Status);
        var asApplicant = await _db.RunAsync<ComputeApplications, ApplicationView?>(a => a.GetAsync(_sam.UserId, application));
        Assert.Equal(ApplicationSide.Applicant, asApplicant!.Side);
        Assert.Empty(asApplicant.Reviews);
        var asProvider = await _db.RunAsync<ComputeApplications, ApplicationView?>(a => a.GetAsync(_provider.UserId, application));
        Assert.Equal((ApplicationSide.Provider, true), (asProvider!.Side, asProvider.CanDecide));
        Assert.Equal(("Carl Compute", 5), (asProvider.Reviews.Single().ReviewerName, asProvider.Reviews.Single().Score));
        Assert.Equal(ApplicationStatus.Submitted, (await _db.ApplicationAsync(application)).Status);
    }

    [Fact]
    public async Task AReviewerScoresOnceAndCanReviseTheirScore()
    {
        var offer = await _db.CreateOfferAsync(_provider);
        var application = await _db.ApplyAsync(_sam, offer, 100, December, December);

        Assert.True((await _db.RunAsync<ComputeApplications, Outcome>(a => a.ReviewAsync(_provider.UserId, application, 2, "Vague data plan."))).Succeeded);
        Assert.True((await _db.RunAsync<ComputeApplications, Outcome>(a => a.ReviewAsync(_provider.UserId, application, 4, "Data plan clarified."))).Succeeded);
        var bad = await _db.RunAsync<ComputeApplications, Outcome>(a => a.ReviewAsync(_provider.UserId, application, 6, ""));

        Assert.Equal("Score from 1 (weak) to 5 (excellent).", bad.Errors["Score"].Single());
        var queue = await _db.RunAsync<ComputeApplications, Outcome<IReadOnlyList<ApplicationRow>>>(a => a.QueueAsync(_provider.UserId, _provider.ProfileId));
        var row = queue.Value!.Single(r => r.Id == application);
        Assert.Equal((4.0, 1), (row.AverageScore, row.Reviews));
    }

    [Fact]
    public async Task ChangesRequestedGoBackToTheApplicantAndTheirResubmissionReturnsToTheQueue()
    {
        var offer = await _db.CreateOfferAsync(_provider);
        var application = await _db.ApplyAsync(_sam, offer, 300, December, December);

        var noNote = await _db.RunAsync<ComputeApplications, Outcome>(a => a.RequestChangesAsync(_provider.UserId, application, " "));
        Assert.Equal("Say what the applicant should change.", noNote.Message);
        Assert.True((await _db.RunAsync<ComputeApplications, Outcome>(a => a.RequestChangesAsync(_provider.UserId, application, "Say which data you will use."))).Succeeded);
        Assert.Equal("H100 training capacity: changes requested", (await _db.NotificationsOfAsync(_sam.UserId)).Last().Title);
        Assert.Equal("The applicant is making the changes you asked for; decide once they resubmit.", (await _db.ApproveAsync(_provider, application, 300)).Message);

        var edited = await _db.RunAsync<ComputeApplications, Outcome>(a => a.EditAsync(_sam.UserId, application,
            Application(_sam.ProfileId, 250, December, December, i => i.DataDescription = "Only the public legilux.lu corpus, 40 GB.")));

        Assert.True(edited.Succeeded, edited.Message);
        var saved = await _db.ApplicationAsync(application);
        Assert.Equal((ApplicationStatus.Submitted, 250), (saved.Status, saved.HoursPerMonth));
        var providerNote = (await _db.NotificationsOfAsync(_provider.UserId)).Last();
        Assert.Equal((NotificationType.ComputeApplicationReceived, "It is back in your review queue."), (providerNote.Type, providerNote.Body));
        Assert.True((await _db.ApproveAsync(_provider, application, 250)).Succeeded);
    }

    [Fact]
    public async Task ARejectionNeedsAReasonWhichTheApplicantReadsLive()
    {
        var offer = await _db.CreateOfferAsync(_provider);
        var application = await _db.ApplyAsync(_sam, offer, 100, December, December);
        var mark = _db.Pushes.Sent.Count;

        Assert.Equal("Give the applicant the reason for the rejection.", (await _db.RunAsync<ComputeApplications, Outcome>(a => a.RejectAsync(_provider.UserId, application, ""))).Message);
        Assert.True((await _db.RunAsync<ComputeApplications, Outcome>(a => a.RejectAsync(_provider.UserId, application, "The workload needs more memory than our L4s have."))).Succeeded);

        var view = await _db.RunAsync<ComputeApplications, ApplicationView?>(a => a.GetAsync(_sam.UserId, application));
        Assert.Equal(("Rejected", "The workload needs more memory than our L4s have."), (ComputeLabels.Of(view!.Application), view.Application.DecisionNote));
        var pushes = _db.PushesSince(mark);
        Assert.Contains(pushes, p => p.UserId == _sam.UserId && p.Payload is ApplicationChanged { Status: ApplicationStatus.Rejected });
        Assert.Contains(pushes, p => p.UserId == _sam.UserId && p.Payload is NotificationDto { Title: "H100 training capacity: not approved" });
        Assert.DoesNotContain(pushes, p => p.UserId == _rui.UserId);
    }

    [Fact]
    public async Task OneProfileHasOneWaitingApplicationPerOffer()
    {
        var offer = await _db.CreateOfferAsync(_provider);
        await _db.ApplyAsync(_sam, offer, 100, December, December);

        var again = await _db.TryApplyAsync(_sam, offer, 100, January, January);

        Assert.Equal(OutcomeStatus.Conflict, again.Status);
        Assert.EndsWith("already has an application for this offer waiting for a decision.", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APausedOfferTakesNoApplicationsAndOnlyItsProviderPausesIt()
    {
        var offer = await _db.CreateOfferAsync(_provider);

        Assert.Equal(OutcomeStatus.NotFound, (await _db.RunAsync<ComputeOffers, Outcome>(o => o.SetStatusAsync(_sam.UserId, offer, OfferStatus.Paused))).Status);
        Assert.True((await _db.RunAsync<ComputeOffers, Outcome>(o => o.SetStatusAsync(_provider.UserId, offer, OfferStatus.Paused))).Succeeded);
        var refused = await _db.TryApplyAsync(_sam, offer, 100, December, December);

        Assert.Equal("The provider has paused the offer: it takes no applications for now.", refused.Message);
        var listed = await _db.RunAsync<ComputeOffers, OfferPage>(o => o.SearchAsync(_sam.UserId, new OfferQuery { PageSize = 100 }));
        Assert.DoesNotContain(listed.Items, c => c.Offer.Id == offer);
    }
}
