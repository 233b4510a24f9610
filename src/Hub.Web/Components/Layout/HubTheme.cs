using MudBlazor;

namespace Hub.Web.Components.Layout;

/// <summary>Hub's colours: a trustworthy blue with a bright cyan accent, in light and dark.</summary>
public static class HubTheme
{
    private const string DarkInk = "#0F1320";

    private static readonly string[] Fonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        // Every colour meets WCAG 2.1 AA (4.5:1) both as text on the page and card backgrounds (also on the light tint
        // MudBlazor puts behind text chips and alerts) and under its contrast text on filled buttons, chips and avatars.
        PaletteLight = new PaletteLight
        {
            Primary = "#3F51B5",
            Secondary = "#006E9E",
            Tertiary = "#9C5700",
            Info = "#1565C0",
            Success = "#277731",
            Warning = "#A84B00",
            Error = "#C62828",
            TextSecondary = "rgba(0,0,0,0.62)",
            AppbarBackground = "#1D2B53",
            Background = "#F6F8FC",
            DrawerBackground = "#FFFFFF",
        },
        // Dark mode keeps light, bright accents for text on the dark surfaces, so filled elements carry dark text on them.
        PaletteDark = new PaletteDark
        {
            Primary = "#8C9EFF",
            PrimaryContrastText = DarkInk,
            Secondary = "#4FC3F7",
            SecondaryContrastText = DarkInk,
            Tertiary = "#FFB74D",
            TertiaryContrastText = DarkInk,
            Info = "#64B5F6",
            InfoContrastText = DarkInk,
            Success = "#66BB6A",
            SuccessContrastText = DarkInk,
            Warning = "#FFA726",
            WarningContrastText = DarkInk,
            Error = "#FF8A80",
            ErrorContrastText = DarkInk,
            AppbarBackground = "#141A2E",
            Background = "#0F1320",
            Surface = "#1A2035",
            DrawerBackground = "#151B2D",
            TextSecondary = "rgba(255,255,255,0.6)",
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
