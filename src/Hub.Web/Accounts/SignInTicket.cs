namespace Hub.Web.Accounts;

public sealed record SignInTicket(string UserId, bool RememberMe, string? ReturnUrl);
