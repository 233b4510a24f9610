namespace Hub.Web.Live;

/// <summary>
/// Rechecks every open live connection on this instance each <c>Hub:Live:RevalidateSeconds</c> (60 by default), so a
/// sign-in that ended elsewhere (another instance, an admin's lockout) closes its sockets here too. Connections are
/// per instance, so this runs on every instance rather than once on the leased job host.
/// </summary>
public sealed class LiveSessionSweep(LiveSessions sessions, IConfiguration configuration, ILogger<LiveSessionSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Hub:Live:RevalidateSeconds", 60))));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (sessions.Count == 0)
            {
                continue;
            }

            try
            {
                await sessions.RevalidateAsync(ct: stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Rechecking live connections failed; trying again at the next tick.");
            }
        }
    }
}
