using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Cli;

namespace Hub.Scheduling.Tests;

/// <summary>The CLI verb on the committed example (docs/examples/schedule-instance.json): it writes a valid schedule and checks it.</summary>
public class ScheduleCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("hub-schedule-");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static string Example()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Hub.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder!.FullName, "docs", "examples", "schedule-instance.json");
    }

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void TheVerbWritesAValidScheduleForTheExampleAndItsCheckAgrees()
    {
        var output = Path.Combine(_folder.FullName, "schedule.json");
        using var said = new StringWriter();

        var code = ScheduleCommand.Run(["--input", Example(), "--output", output, "--time-limit", "0.5", "--seed", "3"], said, said);

        Assert.Equal(0, code);
        var instance = JsonSerializer.Deserialize<ScheduleInstance>(File.ReadAllText(Example()), Json)!;
        using var written = JsonDocument.Parse(File.ReadAllText(output));
        var meetings = written.RootElement.GetProperty("meetings").Deserialize<List<ScheduledMeeting>>(Json)!;
        Assert.True(meetings.Count > 30);
        Assert.Empty(IndependentCheck.Violations(instance, meetings));
        Assert.True(written.RootElement.GetProperty("upperBound").GetDouble() >= written.RootElement.GetProperty("objective").GetDouble());
        Assert.Contains(meetings, m => m.Origin == MeetingOrigin.Locked && m.A == "ana" && m.Slot == 0);

        using var checkSaid = new StringWriter();
        Assert.Equal(0, ScheduleCommand.Run(["--input", Example(), "--check", output], checkSaid, checkSaid));
        Assert.Contains("Valid", checkSaid.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckingABrokenScheduleListsTheViolationAndFails()
    {
        var schedule = Path.Combine(_folder.FullName, "broken.json");
        File.WriteAllText(schedule, """{ "meetings": [ { "a": "ana", "b": "ben", "slot": 1, "table": 0 } ] }""");
        using var said = new StringWriter();

        var code = ScheduleCommand.Run(["--input", Example(), "--check", schedule], said, said);

        Assert.Equal(1, code);
        Assert.Contains("The locked meeting \"ana\"–\"ben\" is not in slot 0", said.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "people": [ """, "not a valid instance")]
    [InlineData("""{ "slots": [], "pairs": [] }""", "missing required properties including: 'people'")]
    [InlineData("""{ "people": [null], "slots": [], "pairs": [] }""", "Entry 1 of the people is empty")]
    [InlineData("""{ "people": [{"id": "a", "maxMeetings": 1}], "slots": [{"index": 0, "tables": 1}], "pairs": [{"a": "a", "b": "x", "weight": 1}] }""", "\"x\", who is not among the people")]
    public void BadInputGivesAMessageAndANonZeroExitCodeNeverAStackTrace(string json, string expected)
    {
        var input = Path.Combine(_folder.FullName, "instance.json");
        File.WriteAllText(input, json);
        using var said = new StringWriter();

        var code = ScheduleCommand.Run(["--input", input, "--output", Path.Combine(_folder.FullName, "out.json")], said, said);

        Assert.NotEqual(0, code);
        Assert.Contains(expected, said.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", said.ToString(), StringComparison.Ordinal);
    }
}
