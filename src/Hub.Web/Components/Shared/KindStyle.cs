using Hub.Core.Profiles;
using MudBlazor;

namespace Hub.Web.Components.Shared;

/// <summary>The icon and colour each kind of profile wears everywhere in the UI.</summary>
public static class KindStyle
{
    public static string Icon(ProfileKind kind) => kind switch
    {
        ProfileKind.Startup => Icons.Material.Filled.RocketLaunch,
        ProfileKind.Investor => Icons.Material.Filled.Savings,
        ProfileKind.Researcher => Icons.Material.Filled.Science,
        ProfileKind.Company => Icons.Material.Filled.Factory,
        ProfileKind.ComputeProvider => Icons.Material.Filled.Memory,
        _ => Icons.Material.Filled.Help,
    };

    public static Color Color(ProfileKind kind) => kind switch
    {
        ProfileKind.Startup => MudBlazor.Color.Info,
        ProfileKind.Investor => MudBlazor.Color.Warning,
        ProfileKind.Researcher => MudBlazor.Color.Success,
        ProfileKind.Company => MudBlazor.Color.Secondary,
        ProfileKind.ComputeProvider => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };

    public static string Initials(string name)
    {
        var words = name.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => "?",
            1 => words[0][..Math.Min(2, words[0].Length)].ToUpperInvariant(),
            _ => string.Concat(char.ToUpperInvariant(words[0][0]), char.ToUpperInvariant(words[1][0])),
        };
    }
}
