using Hub.Core.Jobs;

namespace Hub.Core.Events;

/// <summary>Expires unanswered meeting requests past their date.</summary>
public sealed class MeetingRequestExpiryJob(MeetingRequests requests) : IPeriodicJob
{
    public string Name => "events.requests.expire";

    public TimeSpan Interval => TimeSpan.FromMinutes(5);

    public async Task<string> RunAsync(JobRun run, CancellationToken ct) => $"{await requests.ExpireDueAsync(ct)} meeting requests expired.";
}
