namespace Hub.Web.Components.Shared;

/// <summary>One choice of a <see cref="FilterList"/>: the value that goes into the address, and the text a reader sees.</summary>
public sealed record FilterOption(string Value, string Text);
