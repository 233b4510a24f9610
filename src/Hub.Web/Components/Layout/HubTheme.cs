using MudBlazor;

namespace Hub.Web.Components.Layout;

/// <summary>Hub's colours: a trustworthy blue with a bright cyan accent, in light and dark.</summary>
public static class HubTheme
{
    private static readonly string[] Fonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3F51B5",
            Secondary = "#00A3E0",
            Tertiary = "#FF8F00",
            AppbarBackground = "#1D2B53",
            Background = "#F6F8FC",
            DrawerBackground = "#FFFFFF",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8C9EFF",
            Secondary = "#4FC3F7",
            Tertiary = "#FFB74D",
            AppbarBackground = "#141A2E",
            Background = "#0F1320",
            Surface = "#1A2035",
            DrawerBackground = "#151B2D",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H1 = new H1Typography { FontFamily = Fonts },
            H2 = new H2Typography { FontFamily = Fonts },
            H3 = new H3Typography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts, FontWeight = "600" },
            H5 = new H5Typography { FontFamily = Fonts, FontWeight = "600" },
            H6 = new H6Typography { FontFamily = Fonts, FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
    };
}
