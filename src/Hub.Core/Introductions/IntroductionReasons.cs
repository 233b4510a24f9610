using System.Text.Json;

namespace Hub.Core.Introductions;

/// <summary>
/// Why Hub suggested the match, as sentences for each side: the sender's members read them from the sender's side, the
/// recipient's from the recipient's ("They raise €420k at Pre-seed; you invest …"). Snapshotted when the introduction is sent.
/// </summary>
public sealed record IntroductionReasons(IReadOnlyList<string> ForSender, IReadOnlyList<string> ForRecipient)
{
    public const int MaxReasons = 5;
    public const int MaxLength = 300;

    public static readonly IntroductionReasons None = new([], []);

    internal string ToJson() => JsonSerializer.Serialize(new Stored(Clip(ForSender), Clip(ForRecipient)), JsonSerializerOptions.Web);

    /// <summary>Reads a snapshot; introductions sent before reasons had two sides stored one list, shown to both.</summary>
    internal static IntroductionReasons FromJson(string json)
    {
        if (json.TrimStart().StartsWith('['))
        {
            var both = JsonSerializer.Deserialize<List<string>>(json) ?? [];
            return new IntroductionReasons(both, both);
        }

        var stored = JsonSerializer.Deserialize<Stored>(json, JsonSerializerOptions.Web);
        return stored is null ? None : new IntroductionReasons(stored.Sender ?? [], stored.Recipient ?? []);
    }

    private static List<string> Clip(IEnumerable<string> reasons) => reasons.Take(MaxReasons).Select(r => r.Length > MaxLength ? r[..MaxLength] : r).ToList();

    private sealed record Stored(List<string>? Sender, List<string>? Recipient);
}
