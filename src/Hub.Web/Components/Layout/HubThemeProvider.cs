using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

#pragma warning disable BL0006 // Reads the frames of its own scratch render, a stable public API since .NET 5.
#pragma warning disable ASP0006 // Replays the base component's frames with their own sequence numbers.

namespace Hub.Web.Components.Layout;

/// <summary>
/// MudThemeProvider whose markup is shared by every circuit. The provider writes the whole theme (some 12,000 characters
/// of CSS variables) as a new string on every render and each circuit's render tree keeps it: kilobytes per open page
/// for text that is the same for everyone. The provider still renders as MudBlazor does; its markup strings are then
/// swapped for one shared copy per distinct text (a handful: light, dark, the scrollbar), so nothing stays per circuit.
/// </summary>
public sealed class HubThemeProvider : MudThemeProvider
{
    /// <summary>Bounded: a theme that changed per request would not grow it past this.</summary>
    private const int MaxShared = 16;

    private static readonly ConcurrentDictionary<string, string> Shared = new(StringComparer.Ordinal);

    protected override void BuildRenderTree(RenderTreeBuilder __builder)
    {
        using var scratch = new RenderTreeBuilder();
        base.BuildRenderTree(scratch);
        var frames = scratch.GetFrames();
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames.Array[i].FrameType != Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrameType.Markup)
            {
                // Not the shape this was written for (a MudBlazor update): render as MudBlazor does.
                base.BuildRenderTree(__builder);
                return;
            }
        }

        for (var i = 0; i < frames.Count; i++)
        {
            __builder.AddMarkupContent(frames.Array[i].Sequence, SharedCopy(frames.Array[i].MarkupContent));
        }
    }

    private static string SharedCopy(string markup) =>
        Shared.TryGetValue(markup, out var shared) ? shared
        : Shared.Count < MaxShared ? Shared.GetOrAdd(markup, markup)
        : markup;
}
