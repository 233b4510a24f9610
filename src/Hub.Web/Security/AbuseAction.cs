namespace Hub.Web.Security;

/// <summary>What a person or a script can repeat; each has its own limit under <c>Hub:RateLimits:&lt;name&gt;</c>.</summary>
public enum AbuseAction
{
    /// <summary>Password checks from one client address, right or wrong.</summary>
    SignIn,

    /// <summary>Failed password checks for one account from one client address.</summary>
    SignInFailure,
    Register,
    Introduction,
    Message,
    MeetingRequest,
    ComputeApplication,
    CsvUpload,

    /// <summary>Calls of the live hub's methods.</summary>
    LiveHub,

    /// <summary>HTTP requests to the account endpoints and the live hub's connection endpoints.</summary>
    Http,
}
