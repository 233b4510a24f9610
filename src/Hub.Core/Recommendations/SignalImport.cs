namespace Hub.Core.Recommendations;

/// <summary>A file of past signals an admin imported, known by its content's hash so the same file never adds its signals twice.</summary>
public class SignalImport
{
    public int Id { get; set; }

    /// <summary>SHA-256 of the imported files' contents, in hex; unique.</summary>
    public required string Hash { get; set; }

    public required string Name { get; set; }

    public string? ImportedByUserId { get; set; }

    public DateTime ImportedAt { get; set; }

    public int Signals { get; set; }
}
