namespace Hub.Core.Data;

/// <summary>The names of the <see cref="ChangeStamp"/> rows (created by the migration that adds the table).</summary>
public static class ChangeStamps
{
    /// <summary>What the recommender's snapshot is built from: profiles, their tags, and the signals introductions leave.</summary>
    public const string MatchingInputs = "matching-inputs";
}
