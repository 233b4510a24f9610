namespace Hub.Core.Profiles;

/// <summary>
/// Which fields a profile may restrict, their defaults, and hiding them from a reader: pure rules, used by
/// <see cref="ProfileViewer"/> for pages and cards and by the directory's filters.
/// </summary>
public static class FieldVisibilityRules
{
    /// <summary>Money figures default to signed-in members; where and how big, to everyone.</summary>
    public static FieldVisibility Default(VisibleField field) =>
        field is VisibleField.RaiseTarget or VisibleField.Revenue or VisibleField.Tickets ? FieldVisibility.Members : FieldVisibility.Public;

    /// <summary>The restrictable fields a kind of profile has, in the order the editor shows them.</summary>
    public static IReadOnlyList<VisibleField> Of(ProfileKind kind) => kind switch
    {
        ProfileKind.Startup => [VisibleField.City, VisibleField.Website, VisibleField.TeamSize, VisibleField.RaiseTarget, VisibleField.Revenue],
        ProfileKind.Investor => [VisibleField.City, VisibleField.Website, VisibleField.Tickets],
        _ => [VisibleField.City, VisibleField.Website],
    };

    public static string Label(VisibleField field) => field switch
    {
        VisibleField.City => "City",
        VisibleField.Website => "Website",
        VisibleField.TeamSize => "Team",
        VisibleField.RaiseTarget => "Raising",
        VisibleField.Revenue => "Revenue",
        VisibleField.Tickets => "Ticket",
        _ => field.ToString(),
    };

    public static string Describe(FieldVisibility visibility) => visibility switch
    {
        FieldVisibility.Public => "Everyone",
        FieldVisibility.Members => "Signed-in members",
        _ => "After an accepted introduction",
    };

    /// <summary>What a reader who may not see a field reads in its place.</summary>
    public static string Notice(FieldVisibility visibility) =>
        visibility == FieldVisibility.Members ? "Visible to members" : "Shared after an accepted introduction";

    /// <summary>Every restrictable field with its chosen visibility, or its default when none was chosen.</summary>
    public static Dictionary<VisibleField, FieldVisibility> Resolve(IEnumerable<ProfileFieldVisibility> chosen)
    {
        var map = Enum.GetValues<VisibleField>().ToDictionary(f => f, Default);
        foreach (var row in chosen)
        {
            map[row.Field] = row.Visibility;
        }

        return map;
    }

    /// <summary>The fields of the kind that a reader with <paramref name="level"/> may not see, with what they need.</summary>
    public static IReadOnlyDictionary<VisibleField, FieldVisibility> Hidden(ProfileKind kind, IReadOnlyDictionary<VisibleField, FieldVisibility> map, FieldVisibility level) =>
        Of(kind).Where(f => map[f] > level).ToDictionary(f => f, f => map[f]);

    /// <summary>Empties the hidden fields of a profile read for display (never one that will be saved).</summary>
    public static void Blank(Profile profile, IReadOnlyCollection<VisibleField> hidden)
    {
        foreach (var field in hidden)
        {
            switch (field)
            {
                case VisibleField.City: profile.City = ""; break;
                case VisibleField.Website: profile.Website = null; break;
                case VisibleField.TeamSize: profile.TeamSize = null; break;
                case VisibleField.RaiseTarget: profile.RaiseTargetEur = null; break;
                case VisibleField.Revenue: profile.RevenueBand = null; break;
                case VisibleField.Tickets: profile.TicketMinEur = null; profile.TicketMaxEur = null; break;
            }
        }
    }

    /// <summary>The card with the fields hidden from the reader emptied and named in <see cref="ProfileCard.Hidden"/>.</summary>
    public static ProfileCard Blank(ProfileCard card, IReadOnlyDictionary<VisibleField, FieldVisibility> hidden) =>
        hidden.Count == 0 ? card : card with
        {
            City = hidden.ContainsKey(VisibleField.City) ? "" : card.City,
            RaiseTargetEur = hidden.ContainsKey(VisibleField.RaiseTarget) ? null : card.RaiseTargetEur,
            TicketMinEur = hidden.ContainsKey(VisibleField.Tickets) ? null : card.TicketMinEur,
            TicketMaxEur = hidden.ContainsKey(VisibleField.Tickets) ? null : card.TicketMaxEur,
            Hidden = hidden,
        };
}
