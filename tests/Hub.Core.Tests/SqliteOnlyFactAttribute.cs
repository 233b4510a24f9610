namespace Hub.Core.Tests;

/// <summary>A test of something only SQLite has (the database file, its backup API, its PRAGMAs); skipped, with the reason, on PostgreSQL runs.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        if (PostgresTestServer.Enabled)
        {
            Skip = $"SQLite only: {reason}";
        }
    }
}
