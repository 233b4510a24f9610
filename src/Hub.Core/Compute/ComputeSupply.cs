namespace Hub.Core.Compute;

/// <summary>What the hub's open compute offers hold together: how many, and their GPU-hours a month.</summary>
public sealed record ComputeSupply(int Offers, long GpuHours);
