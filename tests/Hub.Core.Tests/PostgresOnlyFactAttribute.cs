namespace Hub.Core.Tests;

/// <summary>A test of something only PostgreSQL has; skipped, with the reason, unless HUB_TEST_POSTGRES names a server.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresOnlyFactAttribute : FactAttribute
{
    public PostgresOnlyFactAttribute(string reason)
    {
        if (!PostgresTestServer.Enabled)
        {
            Skip = $"PostgreSQL only ({PostgresTestServer.Variable} is not set; tests/run.sh sets it): {reason}";
        }
    }
}
