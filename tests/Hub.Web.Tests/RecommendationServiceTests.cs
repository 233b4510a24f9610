using Hub.Core;
using Hub.Core.Data;
using Hub.Core.Jobs;
using Hub.Core.Notifications;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Hub.Matching.Serving;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

public class RecommendationServiceTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    private Task<(string UserId, int ProfileId)> DemoStartupAsync() => factory.DemoProfileAsync("startup@hub.demo");

    private async Task<T> With<T>(Func<RecommendationService, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RecommendationService>());
    }

    [Fact]
    public async Task AStartupGetsExplainedInvestorsFirst()
    {
        var (userId, profileId) = await DemoStartupAsync();
        var lists = (await With(s => s.ForYouAsync(userId, profileId))).Value;

        Assert.NotNull(lists);
        var funding = lists!.First(l => l.Need == Intent.Funding);
        Assert.NotEmpty(funding.Cards);
        Assert.All(funding.Cards, c => Assert.Equal(ProfileKind.Investor, c.Profile.Kind));
        Assert.All(funding.Cards.Take(5), c => Assert.NotEmpty(c.Reasons));
    }

    [Fact]
    public async Task ADismissalRemovesTheCandidateAndChangesTheNextRanking()
    {
        var (userId, profileId) = await DemoStartupAsync();
        var before = (await With(s => s.ForYouAsync(userId, profileId, 30))).Value!.First(l => l.Need == Intent.Funding).Cards;
        var dismissed = before[0].Profile;

        Assert.True((await With(s => s.DismissAsync(userId, profileId, dismissed.Id, DismissalReason.WrongTicket))).Succeeded);
        var after = (await With(s => s.ForYouAsync(userId, profileId, 30))).Value!.First(l => l.Need == Intent.Funding).Cards;

        Assert.DoesNotContain(after, c => c.Profile.Id == dismissed.Id);
        Assert.NotEqual(before.Select(c => c.Profile.Id).Skip(1).Take(10), after.Select(c => c.Profile.Id).Take(10));
    }

    [Fact]
    public async Task SavingIsRememberedAndShownAsSaved()
    {
        var (userId, profileId) = await DemoStartupAsync();
        var lists = (await With(s => s.ForYouAsync(userId, profileId))).Value;
        var candidate = lists!.SelectMany(l => l.Cards).Last().Profile;

        await With(s => s.SaveAsync(userId, profileId, candidate.Id));

        var saved = (await With(s => s.SavedAsync(userId, profileId))).Value!;
        Assert.Contains(saved, c => c.Id == candidate.Id);
        await With(s => s.UnsaveAsync(userId, profileId, candidate.Id));
        Assert.DoesNotContain((await With(s => s.SavedAsync(userId, profileId))).Value!, c => c.Id == candidate.Id);
    }

    [Fact]
    public async Task NobodyActsForAProfileTheyDoNotManage()
    {
        var (_, profileId) = await DemoStartupAsync();
        var strangerId = await factory.CreateMemberAsync("stranger@example.com");

        Assert.Equal(OutcomeStatus.Forbidden, (await With(s => s.ForYouAsync(strangerId, profileId))).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await With(s => s.DismissAsync(strangerId, profileId, profileId + 1, DismissalReason.Other))).Status);
        Assert.Equal(OutcomeStatus.Forbidden, (await With(s => s.SavedAsync(strangerId, profileId))).Status);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        Assert.False(await db.InteractionSignals.AnyAsync(s => s.UserId == strangerId));
    }

    [Fact]
    public async Task ShownCardsAreRecordedAsImpressions()
    {
        var (userId, profileId) = await DemoStartupAsync();
        var lists = (await With(s => s.ForYouAsync(userId, profileId, 5))).Value;
        var shown = lists!.SelectMany(l => l.Cards).Select(c => c.Profile.Id).ToHashSet();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var recorded = await db.InteractionSignals.Where(s => s.SeekerProfileId == profileId && s.Kind == SignalKind.Impression && s.Source == "app")
            .Select(s => s.CandidateProfileId).Distinct().ToListAsync();
        Assert.Subset(recorded.ToHashSet(), shown);
    }

    [Fact]
    public async Task ReloadingForYouCountsEachShownCandidateOnceADay()
    {
        var (userId, profileId) = await factory.DemoProfileAsync("investor@hub.demo");
        var shown = new List<int>();
        for (var reload = 0; reload < 3; reload++)
        {
            shown.AddRange((await With(s => s.ForYouAsync(userId, profileId, 500))).Value!.SelectMany(l => l.Cards).Select(c => c.Profile.Id));
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var today = DateTime.UtcNow.Date;
        var counted = await db.InteractionSignals
            .Where(s => s.SeekerProfileId == profileId && s.Kind == SignalKind.Impression && s.Source == "app" && s.CreatedAt >= today)
            .GroupBy(s => s.CandidateProfileId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        // Lists longer than the pool show every candidate on each reload, whatever exposure and training do to the order.
        Assert.True(shown.Count > shown.Distinct().Count(), "The reloads showed no candidate twice.");
        Assert.All(shown.Distinct(), id => Assert.Equal(1, counted.Single(c => c.Key == id).Count));
    }

    [Fact]
    public async Task TheDemoHubTrainsALearnedModelInTheBackground()
    {
        var trainer = factory.Services.GetRequiredService<RecommenderTrainer>();
        await trainer.Ready.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.StartsWith("learned", factory.Services.GetRequiredService<RecommenderState>().Scorer.Name, StringComparison.Ordinal);

        var version = await trainer.TrainAsync("test", CancellationToken.None);

        Assert.NotNull(version);
        Assert.True(version!.TrainingPairs > 1_000);
        Assert.True(version.HoldoutNdcg10 > version.ContentNdcg10);
        Assert.StartsWith("learned", factory.Services.GetRequiredService<RecommenderState>().Scorer.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewProfileIsAnnouncedToTheProfilesItFitsBest()
    {
        var run = new JobRun(null, DateTime.UtcNow);
        await AnnounceAsync(run);
        var founder = await factory.CreateMemberAsync("newcomer@example.com");
        int created;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ProfileEditor>().CreateAsync(founder, new ProfileInput
            {
                Kind = ProfileKind.Startup, Name = "Ledgerlight", Headline = "Fraud detection for payments and fintech", Country = "LU",
                Description = "Machine learning for payment fraud detection and anti-money-laundering checks in fintech.",
                Seeks = Intent.Funding, Offers = Intent.IndustryPartner, TagSlugs = ["fintech", "anomaly-detection"],
                Stage = Stages.Seed, RaiseTargetEur = 1_000_000,
            });
            created = result.Value;
        }

        await AnnounceAsync(run);

        await using var check = factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<HubDbContext>();
        var announced = await db.Notifications
            .Where(n => n.Type == NotificationType.Recommendation && n.Target.Kind == NotificationTargetKind.Profile && n.Target.Id == created)
            .ToListAsync();
        Assert.NotEmpty(announced);
        Assert.InRange(announced.Select(n => n.Target.ForProfileId).Distinct().Count(), 1, NewProfileAnnouncementJob.MaxAnnouncements);
        Assert.DoesNotContain(announced, n => n.UserId == founder);
        Assert.Equal(created, run.Watermark);

        // A second run from the same watermark announces nothing again.
        await AnnounceAsync(run);
        Assert.Equal(announced.Count, await db.Notifications.CountAsync(n => n.Type == NotificationType.Recommendation && n.Target.Id == created));
    }

    private async Task AnnounceAsync(JobRun run)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NewProfileAnnouncementJob>().RunAsync(run, CancellationToken.None);
    }
}
