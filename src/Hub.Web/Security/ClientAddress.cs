namespace Hub.Web.Security;

/// <summary>
/// The address of the browser behind this request or circuit, for partitioning anonymous limits. In a circuit there is
/// no request per action; the scope is created on the circuit's connection, whose address is captured once here.
/// </summary>
public sealed class ClientAddress(IHttpContextAccessor accessor)
{
    // Taken when the circuit's scope is made (on its connection) if possible, as later calls may run elsewhere.
    private string? _value = accessor.HttpContext is { } context ? Of(context) : null;

    public string Value => _value ??= Of(accessor.HttpContext);

    public static string Of(HttpContext? context) => "ip:" + (context?.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
