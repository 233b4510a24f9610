using Hub.Core.Profiles;
using Hub.Matching.Features;
using Hub.Matching.Ranking;

namespace Hub.Matching.Tests;

public class ExplanationTests
{
    private static readonly MatchWorld World = Worlds.Small(
    [
        Worlds.Startup(1, "Radiant", Stages.Seed, 1_200_000, 2, 4),
        Worlds.Investor(2, "Alzette Seed", Stages.Seed, 500_000, 2_000_000, ["LU"], 2, 4),
    ]);

    private static IReadOnlyList<MatchReason> Reasons(int seeker, int candidate)
    {
        var s = World.Find(seeker)!;
        var c = World.Find(candidate)!;
        var f = PairFeatures.Compute(s, c);
        var contributions = new float[PairFeatures.Count];
        new ContentScorer().Contributions(f, contributions);
        return Explanations.Explain(World, s, c, f, contributions);
    }

    [Fact]
    public void AStartupReadsTheInvestorsTicketAndStageAgainstItsOwnRound()
    {
        var reasons = Reasons(1, 2).Select(r => r.Text).ToList();
        Assert.Contains("They invest €500k–€2M at Seed; you raise €1.2M at Seed", reasons);
        Assert.True(reasons.Count <= Explanations.MaxReasons);
    }

    [Fact]
    public void AnInvestorReadsTheStartupsRoundAgainstItsTickets()
    {
        var reasons = Reasons(2, 1).Select(r => r.Text).ToList();
        Assert.Contains("They raise €1.2M at Seed; you invest €500k–€2M at Seed", reasons);
    }

    [Fact]
    public void TheInvestorWhoReceivesTheStartupsIntroductionReadsItFromTheInvestorsSide()
    {
        // The startup sought the investor; the investor, as the candidate, reads the same fact with "you" as the investor.
        var reasons = Reasons(1, 2);
        Assert.Contains("They raise €1.2M at Seed; you invest €500k–€2M at Seed", reasons.Select(r => r.ForCandidate));
        Assert.DoesNotContain(reasons, r => r.ForCandidate.Contains("you raise", StringComparison.Ordinal));
        Assert.Equal("You offer what they seek: funding",
            Explanations.Sentence(World, MatchFeature.IntentFit, World.Find(1)!, World.Find(2)!, ReasonVoice.Candidate));
        Assert.Equal("They offer what you seek: funding", Explanations.Sentence(World, MatchFeature.IntentFit, World.Find(1)!, World.Find(2)!));
    }

    [Fact]
    public void SomeoneElseReadsBothSidesByNameWithoutTheFiguresOnlyMembersMaySee()
    {
        // Money figures are visible to signed-in members by default; an observer may be anyone (a public profile page).
        var reasons = Reasons(1, 2);
        Assert.Contains("Alzette Seed invests at Seed; Radiant raises at Seed", reasons.Select(r => r.ForObserver));
        Assert.DoesNotContain(reasons, r => r.ForObserver.Contains('€', StringComparison.Ordinal));
        Assert.DoesNotContain(reasons, r => r.ForObserver.Contains("you", StringComparison.OrdinalIgnoreCase));
    }

    private static IReadOnlyList<MatchReason> ReasonsWhenFiguresAre(FieldVisibility visibility)
    {
        var startup = Worlds.Startup(1, "Radiant", Stages.Seed, 1_200_000, 2, 4);
        var investor = Worlds.Investor(2, "Alzette Seed", Stages.Seed, 500_000, 2_000_000, ["LU"], 2, 4);
        startup.FieldVisibilities.Add(new ProfileFieldVisibility { ProfileId = 1, Field = VisibleField.RaiseTarget, Visibility = visibility });
        investor.FieldVisibilities.Add(new ProfileFieldVisibility { ProfileId = 2, Field = VisibleField.Tickets, Visibility = visibility });
        var world = Worlds.Small([startup, investor]);
        var (s, c) = (world.Find(1)!, world.Find(2)!);
        var f = PairFeatures.Compute(s, c);
        var contributions = new float[PairFeatures.Count];
        new ContentScorer().Contributions(f, contributions);
        return Explanations.Explain(world, s, c, f, contributions);
    }

    [Fact]
    public void FiguresEveryoneMaySeeAreStatedToAnObserverToo()
    {
        var reasons = ReasonsWhenFiguresAre(FieldVisibility.Public);
        Assert.Contains("Alzette Seed invests €500k–€2M at Seed; Radiant raises €1.2M at Seed", reasons.Select(r => r.ForObserver));
    }

    [Fact]
    public void FiguresSharedOnlyAfterAnIntroductionAreStatedToNobody()
    {
        var reasons = ReasonsWhenFiguresAre(FieldVisibility.Introduced);
        Assert.Contains("They invest at Seed; you raise at Seed", reasons.Select(r => r.Text));
        Assert.DoesNotContain(reasons, r => r.Text.Contains('€', StringComparison.Ordinal) || r.ForCandidate.Contains('€', StringComparison.Ordinal)
                                            || r.ForObserver.Contains('€', StringComparison.Ordinal));
    }

    private static readonly MatchWorld Wordy = Worlds.Small(
    [
        Described(Worlds.Startup(1, "Radiant", Stages.PreSeed, 420_000, 2),
            "Pre-seed startup with AI for radiology triage; raising a seed round with our hospital partners."),
        Described(Worlds.Investor(2, "Alzette Seed", Stages.PreSeed | Stages.Seed, 270_000, 4_700_000, ["LU"], 2),
            "Pre-seed and seed investor in radiology and hospital software."),
        Described(Worlds.Startup(3, "Filler", Stages.Seed, 1_000_000, 1), "Payments for small shops."),
    ]);

    private static string SharedWordsReason(params MatchFeature[] alsoDriving)
    {
        var s = Wordy.Find(1)!;
        var c = Wordy.Find(2)!;
        var f = PairFeatures.Compute(s, c);
        var contributions = new float[PairFeatures.Count];
        contributions[(int)MatchFeature.TextSimilarity] = 0.5f;
        foreach (var feature in alsoDriving)
        {
            contributions[(int)feature] = 0.4f;
        }

        return Assert.Single(Explanations.Explain(Wordy, s, c, f, contributions), r => r.Feature == MatchFeature.TextSimilarity).Text;
    }

    [Fact]
    public void SharedWordsAreNeitherStopWordsNorPiecesOfHyphenatedWords()
    {
        var text = SharedWordsReason();

        Assert.StartsWith("Both descriptions mention", text, StringComparison.Ordinal);
        Assert.DoesNotContain("“pre”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("“with”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("“and”", text, StringComparison.Ordinal);
        Assert.Contains("“radiology”", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedWordsNeverRepeatWhatAnotherReasonSays()
    {
        Assert.Contains("“seed”", SharedWordsReason(), StringComparison.Ordinal);

        var besideTheStage = SharedWordsReason(MatchFeature.StageFit, MatchFeature.TicketFit);

        Assert.DoesNotContain("“seed”", besideTheStage, StringComparison.Ordinal);
        Assert.Contains("“radiology”", besideTheStage, StringComparison.Ordinal);
    }

    private static Profile Described(Profile profile, string description)
    {
        profile.Description = description;
        return profile;
    }
}
