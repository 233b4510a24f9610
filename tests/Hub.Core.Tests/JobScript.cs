namespace Hub.Core.Tests;

/// <summary>What a <see cref="ScriptedJob"/> does on its next run, and what it saw on the earlier ones.</summary>
public sealed class JobScript
{
    public bool Fail { get; set; }

    public int Runs { get; set; }

    public List<long?> WatermarksSeen { get; } = [];
}
