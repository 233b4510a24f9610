using System.Diagnostics;

namespace Hub.E2E.ScaleOut;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's packages on 127.0.0.1, started and stopped by tests/postgres.sh (the
/// same script tests/run.sh uses for the provider runs), in a temporary folder removed afterwards.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"hub-pg-{Guid.NewGuid():N}");

    public int Port { get; } = ServerProcess.FreePort();

    /// <summary>Connection string to the cluster's maintenance database, as the script printed it.</summary>
    public string ServerConnectionString { get; private set; } = "";

    public static string Script => Path.Combine(HubServer.Repository, "tests", "postgres.sh");

    public async Task StartAsync()
    {
        ServerConnectionString = (await RunAsync("start", _folder, Port.ToString(System.Globalization.CultureInfo.InvariantCulture))).Trim().Split('\n').Last();
    }

    /// <summary>A connection string to a new, empty database on this cluster.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var create = connection.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{name}\"";
        await create.ExecuteNonQueryAsync();
        return new Npgsql.NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(_folder))
        {
            await RunAsync("stop", _folder);
        }
    }

    private static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tests/postgres.sh {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}\n{await errors}");
        }

        return await output;
    }
}
