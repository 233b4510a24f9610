using Hub.Core.Profiles;

namespace Hub.Matching.Features;

/// <summary>GPU capacity a compute provider offers, summed over its offers.</summary>
public sealed record ComputeCapacity(
    int GpuHours,
    int MaxMemoryGb,
    IReadOnlySet<ProfileKind> EligibleKinds,
    bool AllEuOnly,
    bool AllSmeOnly,
    IReadOnlySet<string> Residencies,
    bool HasFreeCall,
    string MainAccelerator);
