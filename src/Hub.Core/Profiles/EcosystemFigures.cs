namespace Hub.Core.Profiles;

public sealed record EcosystemFigures(
    IReadOnlyDictionary<ProfileKind, int> ProfilesByKind,
    int NewProfilesLast30Days,
    int ComputeOffers,
    long GpuHoursOffered,
    IReadOnlyList<ProfileCard> Newest);
