using Hub.Core;
using Hub.Core.Data;
using Hub.Core.Introductions;
using Hub.Core.Profiles;
using Hub.Core.Recommendations;
using Hub.Matching.Serving;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>What a block and a withdrawn consent do to "For you".</summary>
public class RecommendationPrivacyTests(HubWebFactory factory) : IClassFixture<HubWebFactory>
{
    private async Task<T> With<T>(Func<RecommendationService, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RecommendationService>());
    }

    private async Task<T> Db<T>(Func<HubDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    private async Task<List<int>> ShownAsync(string userId, int profileId) =>
        (await With(s => s.ForYouAsync(userId, profileId, 1000))).Value!.SelectMany(l => l.Cards).Select(c => c.Profile.Id).ToList();

    [Fact]
    public async Task ABlockedPairIsNeverRecommendedEitherWayNorFromTheBlockedPersonsOtherProfile()
    {
        var samId = await factory.CreateMemberAsync("sam-block@example.com");
        var (samProfile, secondProfile) = await Db(async db =>
        {
            var ids = await db.Profiles.Where(p => p.Kind == ProfileKind.Startup).OrderByDescending(p => p.Id).Take(2).Select(p => p.Id).ToListAsync();
            return (ids[0], ids[1]);
        });
        await SamAsync(samId, samProfile, secondProfile);
        var investor = (await With(s => s.ForYouAsync(samId, samProfile))).Value!.First(l => l.Need == Intent.Funding).Cards[0].Profile.Id;
        var ivyId = await factory.CreateMemberAsync("ivy-block@example.com");
        await Db(async db =>
        {
            db.ProfileMembers.Add(new ProfileMember { ProfileId = investor, UserId = ivyId, Role = ProfileRole.Owner });
            return await db.SaveChangesAsync();
        });
        Assert.Contains(samProfile, await ShownAsync(ivyId, investor));

        // The investor blocks Sam's other profile; the block follows Sam to the first one.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<ProfileBlocking>().BlockAsync(ivyId, investor, secondProfile)).Succeeded);
        }

        Assert.DoesNotContain(investor, await ShownAsync(samId, samProfile));
        var ivySees = await ShownAsync(ivyId, investor);
        Assert.DoesNotContain(samProfile, ivySees);
        Assert.DoesNotContain(secondProfile, ivySees);
    }

    [Fact]
    public async Task AWithdrawnConsentServesTheContentScoreToThatPersonOnly()
    {
        await factory.Services.GetRequiredService<RecommenderTrainer>().Ready.WaitAsync(TimeSpan.FromMinutes(2));
        var userId = await factory.CreateMemberAsync("consent@example.com");
        var teammateId = await factory.CreateMemberAsync("consent-teammate@example.com");
        var profile = await Db(db => db.Profiles.Where(p => p.Kind == ProfileKind.Startup).OrderBy(p => p.Id).Skip(3).Select(p => p.Id).FirstAsync());
        await SamAsync(userId, profile);
        await SamAsync(teammateId, profile);
        var before = (await With(s => s.ForYouAsync(userId, profile))).Value!;
        Assert.StartsWith("learned", before[0].ScorerName, StringComparison.Ordinal);
        Assert.True(before[0].Personalised);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<PersonalisationConsents>().SetAsync(userId, false)).Succeeded);
        }

        var after = (await With(s => s.ForYouAsync(userId, profile))).Value!;
        Assert.All(after, l => Assert.Equal("content", l.ScorerName));
        Assert.All(after, l => Assert.False(l.Personalised));
        Assert.NotEqual(before.SelectMany(l => l.Cards).Select(c => c.Profile.Id), after.SelectMany(l => l.Cards).Select(c => c.Profile.Id));
        var teammate = (await With(s => s.ForYouAsync(teammateId, profile))).Value!;
        Assert.StartsWith("learned", teammate[0].ScorerName, StringComparison.Ordinal);
    }

    private Task<int> SamAsync(string samId, params int[] profiles) => Db(db =>
    {
        db.ProfileMembers.AddRange(profiles.Select(p => new ProfileMember { ProfileId = p, UserId = samId, Role = ProfileRole.Owner }));
        return db.SaveChangesAsync();
    });
}
