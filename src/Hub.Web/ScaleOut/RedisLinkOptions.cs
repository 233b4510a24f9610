namespace Hub.Web.ScaleOut;

/// <summary>Settings of the Redis link (section "Hub:Redis"; the server itself is <c>ConnectionStrings:Redis</c>).</summary>
public sealed class RedisLinkOptions
{
    public const string Section = "Hub:Redis";

    /// <summary>Starts every channel and key name, so several Hub deployments can share one Redis.</summary>
    public string ChannelPrefix { get; set; } = "hub";

    /// <summary>How often the link proves its subscription with a heartbeat, and re-subscribes when it is lost.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Without its own heartbeat back for this long, the link counts as down (and is re-established).</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Connect, command and reconnect timeouts: short, so that Redis being away never holds up a request.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(1);
}
