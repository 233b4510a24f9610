namespace Hub.Web.Tests.AccessMatrix;

/// <summary>
/// One line of the route table: the route's pattern as the app maps it, the path the matrix requests (with {name}
/// placeholders the scenario fills in), who is allowed (one character per <see cref="AccessRole"/>, in its order:
/// <c>y</c> allowed, <c>-</c> refused) and what an allowed answer shows.
/// </summary>
/// <param name="Pattern">The route pattern exactly as the route table has it (RoutePattern.RawText).</param>
/// <param name="Path">What to request; placeholders name the scenario's ids (see <see cref="AccessScenario.Ids"/>).</param>
/// <param name="Allowed">Eight characters, anonymous to admin.</param>
/// <param name="Shows">Text an allowed answer contains (the resource's marker, or a form's id); null for a plain 200.</param>
/// <param name="Method">GET unless the route only takes another method.</param>
/// <param name="AllowedStatus">The status an allowed request answers (a hub's transport answers 400 without a connection id).</param>
/// <param name="SecretInPath">The path holds a secret token: whoever has it may read, and a forged token must find nothing.</param>
public sealed record AccessRoute(
    string Pattern,
    string Path,
    string Allowed,
    string? Shows = null,
    string Method = "GET",
    int AllowedStatus = 200,
    bool SecretInPath = false)
{
    public bool Allows(AccessRole role) =>
        Allowed.Replace(" ", "", StringComparison.Ordinal) is var columns && columns.Length == Enum.GetValues<AccessRole>().Length
            ? columns[(int)role] == 'y'
            : throw new InvalidOperationException($"The table line for {Pattern} needs one character per role ({Enum.GetValues<AccessRole>().Length}), not \"{Allowed}\".");

    public override string ToString() => Pattern;
}
