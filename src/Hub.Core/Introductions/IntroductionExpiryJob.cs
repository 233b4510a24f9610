using Hub.Core.Jobs;
using Microsoft.Extensions.Options;

namespace Hub.Core.Introductions;

/// <summary>Expires pending introductions past their date, telling both sides.</summary>
public sealed class IntroductionExpiryJob(IntroductionService introductions, IOptions<IntroductionRules> rules) : IPeriodicJob
{
    public string Name => "introductions.expire";

    public TimeSpan Interval => rules.Value.ExpiryCheckInterval;

    public async Task<string> RunAsync(JobRun run, CancellationToken ct) =>
        $"{await introductions.ExpireDueAsync(ct)} introductions expired.";
}
