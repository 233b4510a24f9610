namespace Hub.Web.Security;

/// <summary>
/// The section <c>Hub:RateLimits</c>. The defaults are far above what a person does in a minute and far below what a
/// script does; e.g. <c>Hub:RateLimits:Message:PermitLimit=60</c> changes one.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Hub:RateLimits";

    public ActionLimit SignIn { get; set; } = new() { PermitLimit = 20 };

    public ActionLimit SignInFailure { get; set; } = new() { PermitLimit = 5, Window = TimeSpan.FromMinutes(15) };

    public ActionLimit Register { get; set; } = new() { PermitLimit = 5 };

    public ActionLimit Introduction { get; set; } = new() { PermitLimit = 10 };

    public ActionLimit Message { get; set; } = new() { PermitLimit = 30 };

    public ActionLimit MeetingRequest { get; set; } = new() { PermitLimit = 20 };

    public ActionLimit ComputeApplication { get; set; } = new() { PermitLimit = 10 };

    public ActionLimit CsvUpload { get; set; } = new() { PermitLimit = 10 };

    public ActionLimit LiveHub { get; set; } = new() { PermitLimit = 300 };

    public ActionLimit Http { get; set; } = new() { PermitLimit = 120 };

    public ActionLimit For(AbuseAction action) => action switch
    {
        AbuseAction.SignIn => SignIn,
        AbuseAction.SignInFailure => SignInFailure,
        AbuseAction.Register => Register,
        AbuseAction.Introduction => Introduction,
        AbuseAction.Message => Message,
        AbuseAction.MeetingRequest => MeetingRequest,
        AbuseAction.ComputeApplication => ComputeApplication,
        AbuseAction.CsvUpload => CsvUpload,
        AbuseAction.LiveHub => LiveHub,
        AbuseAction.Http => Http,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
