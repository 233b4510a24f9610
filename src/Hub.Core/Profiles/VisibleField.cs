namespace Hub.Core.Profiles;

/// <summary>
/// The profile fields whose readers the profile chooses (see <see cref="FieldVisibilityRules"/>): where a team sits and
/// how big it is, and the money figures. Name, headline, description, kind, country, tags and intents stay public: they
/// are what the directory and the recommender match on.
/// </summary>
public enum VisibleField
{
    City,
    Website,
    TeamSize,
    RaiseTarget,
    Revenue,
    Tickets,
}
