namespace Hub.Core.Compute;

/// <summary>What the hub's compute offers hold together.</summary>
public sealed record ComputeSupply(int Offers, long GpuHours);
