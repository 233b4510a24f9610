namespace Hub.Core.Profiles;

/// <summary>
/// A profile as one reader may see it: the fields hidden from them are emptied, and <see cref="Hidden"/> says which and
/// who may see them, so the page can say so instead of showing a value.
/// </summary>
public sealed record ProfileView(Profile Profile, FieldVisibility Level, IReadOnlyDictionary<VisibleField, FieldVisibility> Hidden)
{
    /// <summary>The key facts the reader may see, with a notice in place of each hidden one.</summary>
    public IEnumerable<(string Label, string Value)> Facts()
    {
        var hiddenLabels = Hidden.Keys.Where(f => f is not (VisibleField.City or VisibleField.Website)).Select(FieldVisibilityRules.Label).ToHashSet();
        foreach (var fact in ProfileFieldCatalogue.FactsOf(Profile.Kind, Profile))
        {
            if (!hiddenLabels.Contains(fact.Label))
            {
                yield return fact;
            }
        }

        foreach (var (field, visibility) in Hidden.Where(h => h.Key is not (VisibleField.City or VisibleField.Website)))
        {
            yield return (FieldVisibilityRules.Label(field), FieldVisibilityRules.Notice(visibility));
        }
    }

    public string? NoticeFor(VisibleField field) => Hidden.TryGetValue(field, out var v) ? FieldVisibilityRules.Notice(v) : null;
}
