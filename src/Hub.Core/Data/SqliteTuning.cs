using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Core.Data;

/// <summary>
/// Per-connection SQLite settings. SQLite's default page cache is 2 MB, far below the directory's working set at
/// 100,000 profiles; a larger cache and memory-mapped reads keep hot index pages in memory between requests.
/// Pooled connections keep their cache, so the cost of these statements is paid once per physical connection.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA cache_size=-65536; PRAGMA mmap_size=536870912; PRAGMA temp_store=MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
