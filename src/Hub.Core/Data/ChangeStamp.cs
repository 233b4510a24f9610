namespace Hub.Core.Data;

/// <summary>
/// A durable counter that every instance sharing the database can read: a change bumps it, and an instance's cache built
/// from the data rebuilds when the value it last read moves on. One row per kind of change (see <see cref="ChangeStamps"/>).
/// </summary>
public class ChangeStamp
{
    public required string Name { get; set; }

    public long Value { get; set; }
}
