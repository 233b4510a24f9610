using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using Hub.Core.Profiles;
using MudBlazor;

namespace Hub.Web.Components.Shared;

/// <summary>
/// A directory card, its avatar and kind chip as one HTML string with MudBlazor's classes. Rendered as frames, a page of
/// 24 cards was some 2,000 render-tree frames, which the page keeps in two buffers grown to 4,096 frames (160 KB each) for
/// as long as it is open; as one markup frame per card the page's buffers stay small. The same card's text is shared by
/// every circuit that shows it (a bounded cache keyed by the text itself, so it is never stale). Every value is
/// HTML-encoded here: this is the only place these strings are built.
/// </summary>
public static class ProfileCardMarkup
{
    /// <summary>At most this many distinct card texts are shared (about 2 KB each); past it a card gets its own copy.</summary>
    private const int MaxShared = 4_096;

    private static readonly ConcurrentDictionary<string, string> Shared = new(StringComparer.Ordinal);

    // Encodes what HTML needs (&lt; &amp; quotes) but leaves letters of every script as they are, as Blazor's own renderer does.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The card's markup.</summary>
    public static string Card(ProfileCard card, string facts)
    {
        var html = new StringBuilder(2048);
        html.Append("<div data-testid=\"profile-card\" class=\"mud-paper mud-elevation-1 mud-card d-flex flex-column\" style=\"height: 100%\">")
            .Append("<div class=\"mud-card-header mud-card-header-padding\"><div class=\"mud-card-header-avatar\">")
            .Append(Avatar(card.Name, card.Kind, card.LogoUrl, Size.Medium))
            .Append("</div><div class=\"mud-card-header-content\"><a href=\"/profiles/")
            .Append(card.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append("\" class=\"mud-typography mud-link mud-inherit-text mud-link-underline-hover mud-typography-h6 hub-clamp-2\">")
            .Append(Encoder.Encode(card.Name))
            .Append("</a><p class=\"mud-typography mud-typography-body2 mud-text-secondary\">")
            .Append(Encoder.Encode(Countries.NameOf(card.Country) + (string.IsNullOrEmpty(card.City) ? "" : $" · {card.City}")))
            .Append("</p></div><div class=\"mud-card-header-actions\">")
            .Append(KindChip(card.Kind))
            .Append("</div></div><div class=\"mud-card-content mud-card-content-padding flex-grow-1 pt-0\"><p class=\"mud-typography mud-typography-body1 hub-clamp-2 mb-2\">")
            .Append(Encoder.Encode(card.Headline))
            .Append("</p>");
        if (facts.Length > 0)
        {
            html.Append("<p data-testid=\"card-facts\" class=\"mud-typography mud-typography-body2 mud-primary-text mb-2\">").Append(Encoder.Encode(facts)).Append("</p>");
        }

        foreach (var tag in card.Tags)
        {
            html.Append("<div class=\"mud-chip mud-chip-outlined mud-chip-size-small mud-chip-color-default\"><span class=\"mud-chip-content\">")
                .Append(Encoder.Encode(tag))
                .Append("</span></div>");
        }

        html.Append("</div></div>");
        return SharedCopy(html.ToString());
    }

    /// <summary>The profile's logo when Hub stores it, else its initials on the kind's colour (see <c>ProfileAvatar</c>).</summary>
    public static string Avatar(string name, ProfileKind kind, string? logoUrl, Size size)
    {
        var color = KindStyle.Color(kind).ToString().ToLowerInvariant();
        var sized = $"mud-avatar mud-avatar-{size.ToString().ToLowerInvariant()}";
        return IsHubLogo(logoUrl)
            ? $"<div class=\"{sized} mud-avatar-outlined mud-avatar-outlined-{color} mud-elevation-0\"><img src=\"{Encoder.Encode(logoUrl!)}\" alt=\"{Encoder.Encode($"{name} logo")}\" class=\"mud-image\" /></div>"
            : $"<div aria-hidden=\"true\" class=\"{sized} mud-avatar-filled mud-avatar-filled-{color} mud-elevation-0\">{Encoder.Encode(KindStyle.Initials(name))}</div>";
    }

    /// <summary>The kind's label as a small text chip with its icon.</summary>
    public static string KindChip(ProfileKind kind) =>
        $"<div class=\"mud-chip mud-chip-text mud-chip-size-small mud-chip-color-{KindStyle.Color(kind).ToString().ToLowerInvariant()}\">" +
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-small mud-chip-icon\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{KindStyle.Icon(kind)}</svg>" +
        $"<span class=\"mud-chip-content\">{Encoder.Encode(Labels.Of(kind))}</span></div>";

    /// <summary>Only Hub's own logo address is rendered: an image from elsewhere would tell its host who looks at the profile.</summary>
    public static bool IsHubLogo(string? url) =>
        url is not null && url.StartsWith("/profiles/", StringComparison.Ordinal) && url.Contains("/logo", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal);

    private static string SharedCopy(string markup) =>
        Shared.TryGetValue(markup, out var shared) ? shared
        : Shared.Count < MaxShared ? Shared.GetOrAdd(markup, markup)
        : markup;
}
