namespace Hub.Web.Components.Shared;

/// <summary>
/// One choice of a <see cref="FilterList"/>: the value that goes into the address, the text a reader sees in the list,
/// and, when that text is too long for the closed field, a shorter one for it.
/// </summary>
public sealed record FilterOption(string Value, string Text, string? ClosedText = null);
