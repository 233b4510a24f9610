using Npgsql;

namespace Hub.Core.Data;

/// <summary>
/// A PostgreSQL session advisory lock held while one instance migrates and seeds. It lives on its own unpooled
/// connection, so a crashed instance's lock ends with its session instead of blocking the next start.
/// </summary>
public sealed class PostgresStartLock : IAsyncDisposable
{
    /// <summary>Any fixed number works; advisory locks are per database, so this only meets other Hub instances.</summary>
    public const long Key = 0x4855_425F_494E_4954; // "HUB_INIT"

    private readonly NpgsqlConnection _connection;

    private PostgresStartLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgresStartLock> AcquireAsync(string connectionString, CancellationToken ct = default)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 0 };
        var connection = new NpgsqlConnection(unpooled.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync(ct);
            return new PostgresStartLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            // Closing an unpooled connection ends the session, which releases the lock even if the unlock failed.
            await _connection.DisposeAsync();
        }
    }
}
