using System.Linq.Expressions;
using System.Reflection;

namespace Hub.Core.Profiles;

/// <summary>A kind-specific field whose value is a <typeparamref name="T"/>, read and written through one property of <see cref="KindDetails"/>.</summary>
public abstract class ProfileField<T> : ProfileField
{
    private readonly Func<KindDetails, T> _get;
    private readonly Action<KindDetails, T> _set;

    private protected ProfileField(ProfileKind kind, Expression<Func<KindDetails, T>> property)
        : this(kind, PropertyOf(property))
    {
    }

    private ProfileField(ProfileKind kind, PropertyInfo property) : base(kind, property.Name)
    {
        _get = property.GetMethod!.CreateDelegate<Func<KindDetails, T>>();
        _set = property.SetMethod!.CreateDelegate<Action<KindDetails, T>>();
    }

    /// <summary>
    /// The fact's text when the default (the value in words, hidden while empty) does not fit, for instance a range read
    /// from two fields. Null text hides the fact.
    /// </summary>
    public Func<KindDetails, string?>? FactText { get; init; }

    public T Get(KindDetails details) => _get(details);

    public void Set(KindDetails details, T value) => _set(details, value);

    public override bool HasValue(KindDetails details) => !IsEmpty(Get(details));

    public override object? ValueOf(KindDetails details) => Get(details);

    public override void Copy(KindDetails from, KindDetails to) => Set(to, Duplicate(Get(from)));

    public override void Apply(KindDetails from, KindDetails to) => Set(to, Tidy(Get(from)));

    public override void Clear(KindDetails details) => Set(details, Empty());

    private protected override string? FactTextFor(KindDetails details)
    {
        if (FactText is not null)
        {
            return FactText(details);
        }

        var value = Get(details);
        return IsEmpty(value) ? null : InWords(value);
    }

    /// <summary>A value that is not empty, in words.</summary>
    private protected abstract string InWords(T value);

    private protected virtual bool IsEmpty(T value) => EqualityComparer<T>.Default.Equals(value, default);

    private protected virtual T Tidy(T value) => value;

    private protected virtual T Duplicate(T value) => value;

    private protected virtual T Empty() => default!;

    private static PropertyInfo PropertyOf(Expression<Func<KindDetails, T>> property) =>
        property.Body is MemberExpression { Member: PropertyInfo info } member && member.Expression == property.Parameters[0]
            && info.DeclaringType == typeof(KindDetails) && info.SetMethod is not null
            ? info
            : throw new ArgumentException("A profile field is one settable property of KindDetails, such as d => d.Stage.", nameof(property));
}
