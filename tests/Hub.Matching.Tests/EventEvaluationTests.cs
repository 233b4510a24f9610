using System.Text.Json;
using Hub.Cli;
using Hub.Matching.Evaluation;
using Interaction = Hub.Matching.Evaluation.EventInteraction;

namespace Hub.Matching.Tests;

public class EventEvaluationTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static (IReadOnlyList<Participant>, IReadOnlyList<EventInteraction>) Load()
    {
        using var p = new StreamReader(Path.Combine(Fixtures, "participants.csv"));
        var participants = EventData.ReadParticipants(p);
        using var i = new StreamReader(Path.Combine(Fixtures, "interactions.csv"));
        return (participants, EventData.ReadInteractions(i, participants.Select(x => x.Id).ToHashSet()));
    }

    private static EvaluationReport Evaluate(EvaluationTarget target = EvaluationTarget.Mutual)
    {
        var (participants, interactions) = Load();
        return EventEvaluation.Run(participants, interactions, new EvaluationOptions { HoldoutEvents = ["e2"], K = [1, 5], Target = target });
    }

    [Fact]
    public void ReadsEveryColumnOfTheFixture()
    {
        var (participants, interactions) = Load();
        Assert.Equal(5, participants.Count);
        Assert.Equal(19, interactions.Count);
        var c = participants.Single(p => p.Id == "c");
        Assert.Null(c.Numbers["ticket"]);
        Assert.Equal("FR", c.Categories["country"]);
        Assert.Equal(["ai", "health"], c.Tags.Order());
        Assert.Equal(3, interactions[0].Outcome);
        Assert.Null(interactions[1].Outcome);
    }

    [Fact]
    public void PopularityMatchesTheHandComputedFigures()
    {
        // Yes received in e1: b 2, c 2, a 1, d 0, e 0. Held-out lists with a mutual partner (ties by id):
        //   a ranks c, d, e → relevant d at 2 → NDCG@5 = 1/log2(3) = 0.63093, NDCG@1 = 0
        //   b ranks d, e    → relevant e at 2 → 0.63093, 0
        //   d ranks b, a    → relevant a at 2 → 0.63093, 0
        //   e ranks b, a    → relevant b at 1 → 1, 1
        // NDCG@5 = (3 × 0.63093 + 1) / 4 = 0.72320; NDCG@1 = 0.25; AUC = 8.5 / 20; top-1 covers {c, d, b} of 5 met.
        var popularity = Evaluate()[EventEvaluation.Popularity];
        Assert.Equal(0.72320, popularity.Ndcg[5], 4);
        Assert.Equal(0.25, popularity.Ndcg[1], 10);
        Assert.Equal(0.425, popularity.Auc, 10);
        Assert.Equal(0.6, popularity.ExposureCoverage[1], 10);
    }

    [Fact]
    public void ReportsEveryMethodOnTheSameParticipants()
    {
        var report = Evaluate();
        Assert.Equal(4, report.EvaluatedParticipants);
        Assert.Equal(["e1"], report.TrainingEvents);
        Assert.Equal([EventEvaluation.Random, EventEvaluation.Popularity, EventEvaluation.Content, EventEvaluation.LearnedOneSided, EventEvaluation.LearnedReciprocal],
            report.Methods.Select(m => m.Method));
        Assert.All(report.Methods.Take(3), m => Assert.InRange(m.Ndcg[5], 0.0, 1.0));
        // Nine training interactions are too few for LightGBM: the learned rows say so instead of showing tie-break noise.
        Assert.True(report.Note is not null || report.Methods.Skip(3).All(m => m.Ndcg[5] is >= 0 and <= 1));
        Assert.True(report.Note is null || report.Methods.Skip(3).All(m => double.IsNaN(m.Ndcg[5])));
    }

    [Fact]
    public void LearnedMethodsBeatRandomOnALargerExport()
    {
        // An export of the synthetic demo history in the import format: 320 participants over several "events".
        var (participants, interactions) = SyntheticExport.Build();
        var report = EventEvaluation.Run(participants, interactions, new EvaluationOptions { HoldoutFraction = 0.25, K = [10], Target = EvaluationTarget.Decision, SearchHyperParameters = false });
        Assert.Null(report.Note);
        Assert.True(report[EventEvaluation.LearnedOneSided].Ndcg[10] > report[EventEvaluation.Random].Ndcg[10]);
        Assert.True(report[EventEvaluation.LearnedOneSided].Auc > 0.6);
    }

    [Theory]
    [InlineData(33)]
    [InlineData(200)]
    public void EveryAttributeColumnIsReadAndUsedHoweverManyThereAre(int columns)
    {
        var (participants, interactions) = WideExport.Read(columns, categoryLast: false);
        Assert.All(participants, p => Assert.Equal(columns, p.Numbers.Count + p.Categories.Count));

        var report = EventEvaluation.Run(participants, interactions, new EvaluationOptions { HoldoutEvents = ["e3"], K = [5], Target = EvaluationTarget.Decision });
        // Only the last column predicts the verdicts: the learned model ranks well only if it read that column.
        var learned = report[EventEvaluation.LearnedOneSided];
        Assert.True(learned.Auc > 0.8, $"AUC {learned.Auc:F3}");
        Assert.True(learned.Ndcg[5] > report[EventEvaluation.Random].Ndcg[5] + 0.15, $"NDCG@5 {learned.Ndcg[5]:F3} vs random {report[EventEvaluation.Random].Ndcg[5]:F3}");
    }

    [Fact]
    public void TheCommandAcceptsTwoHundredAttributeColumns()
    {
        var (p, i) = WideExport.Csv(200, categoryLast: false);
        var folder = Directory.CreateTempSubdirectory("hub-wide-");
        File.WriteAllText(Path.Combine(folder.FullName, "p.csv"), p);
        File.WriteAllText(Path.Combine(folder.FullName, "i.csv"), i);
        var errors = new StringWriter();
        var code = EvaluateCommand.Run(["--participants", Path.Combine(folder.FullName, "p.csv"), "--interactions", Path.Combine(folder.FullName, "i.csv"),
            "--holdout-events", "e0", "--target", "decision"], TextWriter.Null, errors);
        folder.Delete(recursive: true);
        Assert.Equal("", errors.ToString());
        Assert.Equal(0, code);
    }

    [Fact]
    public void AColumnNamedTwiceIsRefused()
    {
        var error = Assert.Throws<EventDataException>(() =>
            EventData.ReadParticipants(new StringReader("id,kind,event,tags,text,num_age,num_Age\na,x,e1,t,hi,1,2\n")));
        Assert.Contains("'num_Age' is there twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrainingRowsFeaturesDoNotContainItsOwnVerdict()
    {
        // b's only "yes received" is a's verdict in e1. Were it a feature of the a → b row, a model would learn to read
        // the label from it, and held-out pairs, whose verdicts are unknown, would never have it.
        var (participants, _) = Load();
        Interaction[] Verdicts(bool yes) => [new("a", "b", "e1", 1, yes, null), new("c", "d", "e1", 1, false, null), new("b", "c", "e2", 1, true, null)];
        var withYes = new EventFeatures(participants, Verdicts(true)).Of("a", "b", "e1");
        var withNo = new EventFeatures(participants, Verdicts(false)).Of("a", "b", "e1");
        Assert.Equal(withYes, withNo);
        // At another event the verdict is history, and counts.
        Assert.NotEqual(new EventFeatures(participants, Verdicts(true)).Of("a", "b", "e3"), new EventFeatures(participants, Verdicts(false)).Of("a", "b", "e3"));
    }

    [Fact]
    public void TheDecisionTargetCountsOneSidedYes()
    {
        var report = Evaluate(EvaluationTarget.Decision);
        // With one-sided relevance c (who said yes to a) is evaluated too.
        Assert.Equal(5, report.EvaluatedParticipants);
    }

    [Fact]
    public void AFractionHoldsOutWholeEventsChosenBySeed()
    {
        var (participants, interactions) = Load();
        var first = EventEvaluation.Run(participants, interactions, new EvaluationOptions { HoldoutFraction = 0.5, Seed = 3 });
        var again = EventEvaluation.Run(participants, interactions, new EvaluationOptions { HoldoutFraction = 0.5, Seed = 3 });
        Assert.Single(first.HoldoutEvents);
        Assert.Equal(first.HoldoutEvents, again.HoldoutEvents);
    }

    [Fact]
    public void TheCommandPrintsATableAndWritesJson()
    {
        var json = Path.Combine(Path.GetTempPath(), $"hub-eval-{Guid.NewGuid():N}.json");
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = EvaluateCommand.Run(
            ["--participants", Path.Combine(Fixtures, "participants.csv"), "--interactions", Path.Combine(Fixtures, "interactions.csv"),
             "--holdout-events", "e2", "--k", "1,5", "--target", "mutual", "--json", json], output, errors);

        Assert.Equal(0, code);
        Assert.Contains("popularity", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("learned reciprocal", output.ToString(), StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(5, document.RootElement.GetProperty("methods").GetArrayLength());
        File.Delete(json);
    }

    [Theory]
    [InlineData("from,to,event,decision\na,zz,e1,1\n", "participant 'zz' is not in participants.csv")]
    [InlineData("from,to,event,decision\na,b,e1,yes\n", "decision must be 0 or 1")]
    [InlineData("from,to,event\na,b,e1\n", "no 'decision' column")]
    [InlineData("from,to,event,decision,outcome\na,b,e1,1,9\n", "outcome must be 0 to 4")]
    [InlineData("from,to,event,decision\na,a,e1,1\n", "cannot meet themself")]
    public void BadInteractionRowsAreRefusedWithTheLine(string csv, string message)
    {
        var error = Assert.Throws<EventDataException>(() =>
            EventData.ReadInteractions(new StringReader(csv), new HashSet<string> { "a", "b" }));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id,kind,event,tags\na,x,e1,t\n", "no 'text' column")]
    [InlineData("id,kind,event,tags,text,num_size\na,x,e1,t,hello,big\n", "'big' in num_size is not a number")]
    [InlineData("id,kind,event,tags,text\na,x,e1,t,hi\na,y,e1,t,again\n", "participant 'a' appears twice")]
    [InlineData("", "is empty")]
    public void BadParticipantRowsAreRefused(string csv, string message)
    {
        var error = Assert.Throws<EventDataException>(() => EventData.ReadParticipants(new StringReader(csv)));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandExplainsMissingOptionsAndFiles()
    {
        var errors = new StringWriter();
        Assert.Equal(1, EvaluateCommand.Run(["--participants", "nope.csv", "--interactions", "nope.csv"], TextWriter.Null, errors));
        Assert.Contains("file 'nope.csv' not found", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, EvaluateCommand.Run(["--k", "0"], TextWriter.Null, errors));
        Assert.Equal(1, EvaluateCommand.Run(
            ["--participants", Path.Combine(Fixtures, "participants.csv"), "--interactions", Path.Combine(Fixtures, "interactions.csv"), "--holdout-events", "e9"],
            TextWriter.Null, errors));
        Assert.Contains("Event 'e9' has no interactions", errors.ToString(), StringComparison.Ordinal);
    }
}
