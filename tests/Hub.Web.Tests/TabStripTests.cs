using Bunit;
using Hub.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Hub.Web.Tests;

/// <summary>
/// The plain tabs that replaced MudTabs: one tab stop, the arrow keys, Home and End switch tabs (WAI-ARIA tabs pattern),
/// and only the open tab's panel is rendered.
/// </summary>
public sealed class TabStripTests : IAsyncLifetime
{
    private static readonly TabItem[] Tabs = [new("Investors", "tab-investors"), new("Partners", "tab-partners"), new("Saved", "tab-saved")];

    private readonly BunitContext _ctx = new();

    public TabStripTests()
    {
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    /// <summary>A host page as ForYou uses it: the strip bound to an index, the panel content chosen by that index.</summary>
    private IRenderedComponent<TabStrip> Render(int start = 0)
    {
        var active = start;
        IRenderedComponent<TabStrip>? cut = null;
        cut = _ctx.Render<TabStrip>(p => p
            .Add(t => t.Id, "lists")
            .Add(t => t.Label, "Lists")
            .Add(t => t.Tabs, Tabs)
            .Add(t => t.ActiveIndex, active)
            .Add(t => t.ActiveIndexChanged, EventCallback.Factory.Create<int>(this, i =>
            {
                active = i;
                cut!.Render(q => q.Add(t => t.ActiveIndex, i).Add(t => t.ChildContent, Panel(i)));
            }))
            .Add(t => t.ChildContent, Panel(start)));
        return cut;
    }

    private static RenderFragment Panel(int index) => b => b.AddContent(0, $"content of {Tabs[index].Text}");

    private static string Selected(IRenderedComponent<TabStrip> cut) =>
        cut.FindAll("[role=tab]").Single(t => t.GetAttribute("aria-selected") == "true").TextContent.Trim();

    [Fact]
    public void OnlyTheOpenTabsPanelIsRenderedAndItIsTheOnlyTabStop()
    {
        var cut = Render();

        Assert.Equal(3, cut.FindAll("[role=tablist] > [role=tab]").Count);
        var panel = Assert.Single(cut.FindAll("[role=tabpanel]"));
        Assert.Equal("tab-investors", panel.GetAttribute("data-testid"));
        Assert.Equal("lists-tab-0", panel.GetAttribute("aria-labelledby"));
        Assert.Equal("content of Investors", panel.TextContent.Trim());
        Assert.Equal(["0", "-1", "-1"], cut.FindAll("[role=tab]").Select(t => t.GetAttribute("tabindex")));
        Assert.Equal("lists-panel-0", cut.Find("#lists-tab-0").GetAttribute("aria-controls"));

        cut.FindAll("[role=tab]")[2].Click();

        panel = Assert.Single(cut.FindAll("[role=tabpanel]"));
        Assert.Equal("tab-saved", panel.GetAttribute("data-testid"));
        Assert.Equal("content of Saved", panel.TextContent.Trim());
        Assert.DoesNotContain("content of Investors", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(["-1", "-1", "0"], cut.FindAll("[role=tab]").Select(t => t.GetAttribute("tabindex")));
    }

    [Fact]
    public void ArrowKeysHomeAndEndSwitchTabsAndWrapAround()
    {
        var cut = Render();

        cut.Find("#lists-tab-0").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        Assert.Equal("Partners", Selected(cut));
        Assert.Equal("content of Partners", cut.Find("[role=tabpanel]").TextContent.Trim());

        cut.Find("#lists-tab-1").KeyDown(new KeyboardEventArgs { Key = "End" });
        Assert.Equal("Saved", Selected(cut));

        cut.Find("#lists-tab-2").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        Assert.Equal("Investors", Selected(cut));

        cut.Find("#lists-tab-0").KeyDown(new KeyboardEventArgs { Key = "ArrowLeft" });
        Assert.Equal("Saved", Selected(cut));

        cut.Find("#lists-tab-2").KeyDown(new KeyboardEventArgs { Key = "Home" });
        Assert.Equal("Investors", Selected(cut));

        cut.Find("#lists-tab-0").KeyDown(new KeyboardEventArgs { Key = "a" });
        Assert.Equal("Investors", Selected(cut));
        Assert.Single(cut.FindAll("[role=tabpanel]"));
    }
}
