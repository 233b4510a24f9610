namespace Hub.Scheduling.Tests;

/// <summary>Bad input is refused with a message that says what is wrong.</summary>
public class InvalidInstanceTests
{
    private static readonly ScheduleInstance Valid = new()
    {
        People = [new("a", 4), new("b", 4)],
        Slots = [new(0, 2), new(1, 2)],
        Pairs = [new("a", "b", 0.5)],
    };

    public static TheoryData<string, ScheduleInstance> Cases() => new()
    {
        { "appears twice", Valid with { People = [new("a", 4), new("a", 4)] } },
        { "negative maximum", Valid with { People = [new("a", -1), new("b", 4)] } },
        { "numbered 0 to 1", Valid with { Slots = [new(0, 2), new(5, 2)] } },
        { "negative number of tables", Valid with { Slots = [new(0, -2), new(1, 2)] } },
        { "slot 7, which does not exist", Valid with { People = [new("a", 4, [7]), new("b", 4)] } },
        { "\"zed\"", Valid with { Requests = [new("a", "zed", 0.5)] } },
        { "positive weight", Valid with { Pairs = [new("a", "b", 0)] } },
        { "with themselves", Valid with { Pairs = [new("a", "a", 0.5)] } },
        { "cannot be negative", Valid with { MaxConsecutive = -1 } },
        { "table 3, which slot 0 does not have", Valid with { Locked = [new LockedMeeting("a", "b", 0, 3)] } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ABadInstanceIsRefusedWithWhatIsWrong(string expected, ScheduleInstance instance)
    {
        var problem = Assert.Throws<InvalidScheduleException>(() => Scheduler.Solve(instance));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }
}
