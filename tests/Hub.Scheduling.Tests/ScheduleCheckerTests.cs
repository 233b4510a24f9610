namespace Hub.Scheduling.Tests;

/// <summary>The checker names each broken rule in a sentence (it backs the manual "move a meeting" and the CLI check).</summary>
public class ScheduleCheckerTests
{
    private static readonly ScheduleInstance Instance = new()
    {
        People = [new("a", 2), new("b", 4, [1]), new("c", 4), new("d", 4)],
        Slots = [new(0, 1), new(1, 2), new(2, 2, Session: 1)],
        Pairs = [new("a", "b", 0.5), new("a", "c", 0.5), new("c", "d", 0.5), new("a", "d", 0.5)],
        Vetoes = [new PersonPair("c", "d")],
        Locked = [new LockedMeeting("a", "b", 0)],
        MaxConsecutive = 1,
    };

    private static ScheduledMeeting M(string a, string b, int slot, int table = 0) => new(a, b, slot, table, 0.5, MeetingOrigin.Proposed);

    [Fact]
    public void AValidScheduleHasNoViolations() =>
        Assert.Empty(ScheduleChecker.Check(Instance, [M("a", "b", 0), M("a", "c", 2)]));

    [Theory]
    [InlineData("\"a\" has two meetings in slot 1", "a-c@1/0 a-d@1/1 a-b@0/0")]
    [InlineData("\"b\" is unavailable in slot 1", "a-b@0/0 b-c@1/0")]
    [InlineData("one declined", "a-b@0/0 c-d@1/0")]
    [InlineData("more than their maximum of 2", "a-b@0/0 a-c@2/0 a-d@2/1")]
    [InlineData("past the forced break after 1", "a-b@0/0 a-c@1/0")]
    [InlineData("The locked meeting \"a\"–\"b\" is not in slot 0", "a-c@0/0")]
    [InlineData("slot 0 has tables 0 to 0", "a-b@0/0 c-d@0/1")]
    [InlineData("meet more than once", "a-b@0/0 a-c@1/0 c-a@2/0")]
    public void EachBrokenRuleIsNamed(string expected, string schedule)
    {
        var meetings = schedule.Split(' ').Select(text =>
        {
            var parts = text.Split('-', '@', '/');
            return M(parts[0], parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();

        var violations = ScheduleChecker.Check(Instance, meetings);

        Assert.Contains(violations, v => v.Contains(expected, StringComparison.Ordinal));
    }
}
