namespace Hub.Core.Profiles;

/// <summary>
/// One kind-specific field of a profile, declared once in <see cref="ProfileFieldCatalogue"/>: which kind has it, which
/// property of <see cref="KindDetails"/> holds it, how the wizard edits it (the field's class is the kind of input) and how
/// the profile page states it.
/// </summary>
public abstract class ProfileField
{
    private protected ProfileField(ProfileKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>The kind of profile that has this field; on every other kind it stays empty.</summary>
    public ProfileKind Kind { get; }

    /// <summary>The property on <see cref="KindDetails"/>; also the property the validator's messages are filed under.</summary>
    public string Name { get; }

    /// <summary>What the form calls the field.</summary>
    public required string Label { get; init; }

    /// <summary>The id of the field's input in the wizard, stable for tests and links.</summary>
    public required string ElementId { get; init; }

    /// <summary>What the profile page calls the field in its key facts; null when the field is not stated on its own.</summary>
    public string? Fact { get; init; }

    /// <summary>Width on a wide screen, in twelfths of the form; fields of a quarter or less sit two to a row on a phone.</summary>
    public int Columns { get; init; } = 4;

    /// <summary>Whether several values can be picked (shown as a set of chips under the other fields).</summary>
    public abstract bool IsMultipleChoice { get; }

    /// <summary>Whether the field holds something (not null, not None, not an empty list).</summary>
    public abstract bool HasValue(KindDetails details);

    /// <summary>The field's value, boxed.</summary>
    public abstract object? ValueOf(KindDetails details);

    /// <summary>Copies the value as it is (a profile into the wizard's input).</summary>
    public abstract void Copy(KindDetails from, KindDetails to);

    /// <summary>Copies the value tidied (trimmed text, no blank or repeated items): the wizard's input onto a profile.</summary>
    public abstract void Apply(KindDetails from, KindDetails to);

    /// <summary>Empties the field, as it is on profiles of other kinds.</summary>
    public abstract void Clear(KindDetails details);

    /// <summary>The key fact the profile page shows for this field, if any.</summary>
    public (string Label, string Value)? FactOf(KindDetails details) =>
        Fact is not null && FactTextFor(details) is { } text ? (Fact, text) : null;

    /// <summary>Lets a caller act on the field with its value type known (the form picks the input this way).</summary>
    public abstract TResult Accept<TResult>(IProfileFieldVisitor<TResult> visitor);

    private protected abstract string? FactTextFor(KindDetails details);
}
