using Hub.Core.Profiles;

namespace Hub.Web.Components.Shared;

/// <summary>
/// The country filter's options, sorted once for the whole process: every page with a country filter used to sort its
/// own copy per render.
/// </summary>
public static class CountryOptions
{
    public const string Any = "Any country";

    public static readonly IReadOnlyList<KeyValuePair<string, string>> ByName = [.. Countries.Names.OrderBy(c => c.Value, StringComparer.Ordinal)];

    /// <summary>The same as a filter list's options, "Any country" (the empty value) first.</summary>
    public static readonly IReadOnlyList<FilterOption> Filter = [new("", Any), .. ByName.Select(c => new FilterOption(c.Key, c.Value))];

    /// <summary>What a closed select shows for a value: the country's name, or "Any country" for none.</summary>
    public static string Name(string? iso) => string.IsNullOrEmpty(iso) ? Any : Countries.NameOf(iso);
}
