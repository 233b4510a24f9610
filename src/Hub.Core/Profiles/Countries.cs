namespace Hub.Core.Profiles;

/// <summary>The countries a profile can be located in: the EU, its close neighbours and the main partner markets.</summary>
public static class Countries
{
    public static readonly IReadOnlyDictionary<string, string> Names = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["AT"] = "Austria", ["BE"] = "Belgium", ["BG"] = "Bulgaria", ["CH"] = "Switzerland", ["CY"] = "Cyprus",
        ["CZ"] = "Czechia", ["DE"] = "Germany", ["DK"] = "Denmark", ["EE"] = "Estonia", ["ES"] = "Spain",
        ["FI"] = "Finland", ["FR"] = "France", ["GB"] = "United Kingdom", ["GR"] = "Greece", ["HR"] = "Croatia",
        ["HU"] = "Hungary", ["IE"] = "Ireland", ["IS"] = "Iceland", ["IT"] = "Italy", ["LT"] = "Lithuania",
        ["LU"] = "Luxembourg", ["LV"] = "Latvia", ["MT"] = "Malta", ["NL"] = "Netherlands", ["NO"] = "Norway",
        ["PL"] = "Poland", ["PT"] = "Portugal", ["RO"] = "Romania", ["SE"] = "Sweden", ["SI"] = "Slovenia",
        ["SK"] = "Slovakia", ["US"] = "United States", ["CA"] = "Canada", ["IL"] = "Israel", ["JP"] = "Japan",
        ["SG"] = "Singapore",
    };

    public static readonly IReadOnlySet<string> Eu = new HashSet<string>(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
        "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    };

    public static bool IsKnown(string code) => Names.ContainsKey(code.ToUpperInvariant());

    public static string NameOf(string code) => Names.TryGetValue(code, out var name) ? name : code;
}
