namespace Hub.Web.Accounts;

public static class HubClaims
{
    public const string DisplayName = "hub:display_name";
}
