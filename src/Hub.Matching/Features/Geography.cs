using Hub.Core.Profiles;

namespace Hub.Matching.Features;

/// <summary>What the regions investors name cover.</summary>
public static class Geography
{
    private static readonly Dictionary<string, HashSet<string>> Regions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Greater Region"] = ["LU", "FR", "DE", "BE"],
        ["Benelux"] = ["BE", "NL", "LU"],
        ["DACH"] = ["DE", "AT", "CH"],
        ["Nordics"] = ["SE", "DK", "FI", "NO", "IS"],
    };

    public static bool Covers(string geography, string country) =>
        geography.Equals(country, StringComparison.OrdinalIgnoreCase) ||
        geography.Equals("Global", StringComparison.OrdinalIgnoreCase) ||
        (geography.Equals("EU", StringComparison.OrdinalIgnoreCase) && Countries.Eu.Contains(country)) ||
        (Regions.TryGetValue(geography, out var members) && members.Contains(country));

    public static bool AnyCovers(IReadOnlyList<string> geographies, string country)
    {
        foreach (var g in geographies)
        {
            if (Covers(g, country))
            {
                return true;
            }
        }

        return false;
    }
}
