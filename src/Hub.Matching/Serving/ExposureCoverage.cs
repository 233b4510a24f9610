using Hub.Core.Profiles;

namespace Hub.Matching.Serving;

/// <summary>Exposure coverage: of each kind's profiles, how many were shown to someone in the window.</summary>
public sealed record ExposureCoverage(ProfileKind Kind, int Shown, int Total)
{
    public double Share => Total == 0 ? 0 : Shown / (double)Total;
}
