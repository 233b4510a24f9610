namespace Hub.Core.Profiles;

/// <summary>Funding stages. A startup is at one stage; an investor invests in a set of them.</summary>
[Flags]
public enum Stages
{
    None = 0,
    PreSeed = 1,
    Seed = 2,
    SeriesA = 4,
    SeriesB = 8,
    Growth = 16,
}
