namespace Hub.Web.ScaleOut;

/// <summary>
/// This process among the instances that share the database: its name is sent on every response (<see cref="Header"/>)
/// so a proxy, its tests and an operator can tell which instance answered, and it marks this instance's messages on Redis.
/// </summary>
public sealed class HubInstance(IConfiguration configuration)
{
    public const string Header = "X-Hub-Instance";

    /// <summary><c>Hub:InstanceName</c>, or the machine name and process id.</summary>
    public string Name { get; } = configuration["Hub:InstanceName"] is { Length: > 0 } configured
        ? configured
        : $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Unique to this start, even for two hosts in one process with one name: the sender of its Redis messages.</summary>
    public string BusId { get; } = Guid.NewGuid().ToString("N");
}
