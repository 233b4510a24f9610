namespace Hub.Scheduling.Tests;

public class GreedyPlacementTests
{
    private static SchedulePerson P(string id, int max = 8, params int[] unavailable) => new(id, max, unavailable);

    [Fact]
    public void TwoPeopleWhoAreFreeMeetInTheFirstSlotTheyShare()
    {
        var result = Scheduler.Solve(new ScheduleInstance
        {
            People = [P("a", 8, 0), P("b")],
            Slots = [new(0, 5), new(1, 5)],
            Pairs = [new("a", "b", 0.7)],
        });

        var meeting = Assert.Single(result.Meetings);
        Assert.Equal(1, meeting.Slot);
        Assert.Equal(0.7, result.Objective, 6);
    }

    [Fact]
    public void AnAcceptedRequestThatCannotBePlacedSaysWhy()
    {
        var result = Scheduler.Solve(new ScheduleInstance
        {
            People = [P("a", 8, 0), P("b", 8, 1)],
            Slots = [new(0, 5), new(1, 5)],
            Pairs = [],
            Requests = [new("a", "b", 0.5)],
        });

        Assert.Empty(result.Meetings);
        var unplaced = Assert.Single(result.UnplacedRequests);
        Assert.Equal("they have no free slot in common", unplaced.Reason);
    }

    [Fact]
    public void AnUnknownPersonInAPairIsRefusedWithTheirName()
    {
        var problem = Assert.Throws<InvalidScheduleException>(() => Scheduler.Solve(new ScheduleInstance
        {
            People = [P("a")],
            Slots = [new(0, 5)],
            Pairs = [new("a", "zed", 0.5)],
        }));

        Assert.Contains("\"zed\"", problem.Message, StringComparison.Ordinal);
    }
}
