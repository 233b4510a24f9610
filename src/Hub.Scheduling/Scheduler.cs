namespace Hub.Scheduling;

/// <summary>Builds meeting schedules. Pure: same instance and options, same schedule.</summary>
public static class Scheduler
{
    /// <summary>The best schedule found within the time limit, with a proven upper bound.</summary>
    public static ScheduleResult Solve(ScheduleInstance instance, ScheduleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var model = ScheduleModel.Build(instance);
        var state = new ScheduleState(model);
        state.PlaceLockedAndRequested();
        state.PlaceGreedily();
        return state.ToResult(PersonCapacityBound.Of(model));
    }
}
