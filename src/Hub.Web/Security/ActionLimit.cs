namespace Hub.Web.Security;

/// <summary>At most <see cref="PermitLimit"/> times per <see cref="Window"/>, for one partition (a user or a client address).</summary>
public sealed class ActionLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
