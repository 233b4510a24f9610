namespace Hub.Core.Accounts;

/// <summary>
/// A sign-in that an interactive page has verified and <c>/account/complete</c> has not yet turned into a cookie. Stored
/// in the database so that any instance can redeem it; removed by the one redemption that wins, or when it expires.
/// </summary>
public class PendingSignIn
{
    /// <summary>SHA-256 of the ticket (hex): the ticket itself is never stored, so reading the table signs nobody in.</summary>
    public required string TicketHash { get; set; }

    public required string UserId { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>SHA-256 of the nonce of the browser that earned it; only that browser may redeem it.</summary>
    public required byte[] BrowserHash { get; set; }

    public DateTime ExpiresAt { get; set; }
}
