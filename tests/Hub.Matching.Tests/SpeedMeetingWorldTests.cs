using Hub.Cli;
using Hub.Matching.Evaluation;

namespace Hub.Matching.Tests;

public class SpeedMeetingWorldTests
{
    private static readonly EventExport Default = SpeedMeetingWorld.Generate();

    [Fact]
    public void TheDefaultWorldHasTheRealDatasetsShape()
    {
        // 21 events and 552 people, as in the public speed-dating dataset the issue was measured on.
        Assert.Equal(552, Default.Participants.Count);
        Assert.Equal(21, Default.Participants.Select(p => p.Event).Distinct().Count());
        Assert.Equal(SpeedMeetingWorld.QuestionnaireColumns, Default.Columns.Count);
        Assert.InRange(Default.Interactions.Count, 7_500, 9_500);
        Assert.InRange(Default.Interactions.Count(i => i.Decision) / (double)Default.Interactions.Count, 0.40, 0.44);
        var yes = Default.Interactions.ToDictionary(i => (i.From, i.To), i => i.Decision);
        var mutual = yes.Count(kv => kv.Value && yes[(kv.Key.To, kv.Key.From)]) / (double)yes.Count;
        Assert.InRange(mutual, 0.12, 0.22);
    }

    [Fact]
    public void EveryoneMeetsEveryoneOnTheOtherSideOfTheirEventOnce()
    {
        var byId = Default.Participants.ToDictionary(p => p.Id);
        foreach (var group in Default.Participants.GroupBy(p => p.Event))
        {
            var a = group.Count(p => p.Kind == "a");
            var b = group.Count(p => p.Kind == "b");
            Assert.Equal(2 * a * b, Default.Interactions.Count(i => i.Event == group.Key));
        }

        Assert.All(Default.Interactions, i => Assert.NotEqual(byId[i.From].Kind, byId[i.To].Kind));
        Assert.Equal(Default.Interactions.Count, Default.Interactions.Select(i => (i.From, i.To)).Distinct().Count());
    }

    [Fact]
    public void TheSameSeedGivesTheSameDataAndMoreColumnsKeepTheFirstOnes()
    {
        var again = SpeedMeetingWorld.Generate();
        var wide = SpeedMeetingWorld.Generate(new SpeedMeetingOptions { Columns = 200 });
        var other = SpeedMeetingWorld.Generate(new SpeedMeetingOptions { Seed = 5 });

        Assert.Equal(Csv(Default), Csv(again));
        Assert.NotEqual(Csv(Default).Interactions, Csv(other).Interactions);
        Assert.Equal(200, wide.Columns.Count);
        Assert.Equal(Default.Columns, wide.Columns.Take(SpeedMeetingWorld.QuestionnaireColumns));
        Assert.Equal(Default.Interactions, wide.Interactions);
        Assert.All(Default.Participants.Zip(wide.Participants), pair =>
            Assert.All(pair.First.Numbers, kv => Assert.Equal(kv.Value, pair.Second.Numbers[kv.Key])));
    }

    [Fact]
    public void TheFilesReadBackAsWritten()
    {
        var (participants, interactions) = Csv(Default);
        var read = EventData.ReadParticipants(new StringReader(participants));
        var verdicts = EventData.ReadInteractions(new StringReader(interactions), read.Select(p => p.Id).ToHashSet());

        Assert.Equal(Default.Interactions, verdicts);
        Assert.Equal(Default.Participants.Select(p => (p.Id, p.Kind, p.Event, p.Text)), read.Select(p => (p.Id, p.Kind, p.Event, p.Text)));
        Assert.All(Default.Participants.Zip(read), pair =>
        {
            Assert.Equal(pair.First.Tags.Order(), pair.Second.Tags.Order());
            Assert.Equal(pair.First.Numbers, pair.Second.Numbers);
            Assert.Equal(pair.First.Categories, pair.Second.Categories);
        });
    }

    [Fact]
    public void TheCommandWritesBothFiles()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"hub-events-{Guid.NewGuid():N}");
        try
        {
            var output = new StringWriter();
            Assert.Equal(0, GenerateEventsCommand.Run(["--events", "6", "--people", "120", "--columns", "40", "--out", folder], output, TextWriter.Null));
            var participants = EventData.ReadParticipants(new StringReader(File.ReadAllText(Path.Combine(folder, "participants.csv"))));
            Assert.Equal(120, participants.Count);
            Assert.Equal(40, participants[0].Numbers.Count + participants[0].Categories.Count);
            Assert.NotEmpty(EventData.ReadInteractions(new StringReader(File.ReadAllText(Path.Combine(folder, "interactions.csv"))), participants.Select(p => p.Id).ToHashSet()));
            Assert.Contains("120 participants in 6 events", output.ToString(), StringComparison.Ordinal);
            Assert.Equal(2, GenerateEventsCommand.Run(["--people", "10"], TextWriter.Null, TextWriter.Null));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static (string Participants, string Interactions) Csv(EventExport export)
    {
        var participants = new StringWriter();
        var interactions = new StringWriter();
        EventData.WriteParticipants(export, participants);
        EventData.WriteInteractions(export, interactions);
        return (participants.ToString(), interactions.ToString());
    }
}
