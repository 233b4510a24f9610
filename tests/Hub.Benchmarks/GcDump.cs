using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Benchmarks;

/// <summary>
/// The managed heap of a process after a full GC, by <c>dotnet-gcdump</c> (local tool: <c>dotnet tool restore</c>):
/// <c>collect</c> forces a full, blocking GC and walks the live objects; <c>report</c> lists them by type.
/// </summary>
public sealed partial class GcDump
{
    private GcDump(long totalBytes, Dictionary<string, (long Bytes, long Count)> types)
    {
        TotalBytes = totalBytes;
        Types = types;
    }

    /// <summary>Live managed heap in bytes.</summary>
    public long TotalBytes { get; }

    /// <summary>Live bytes and object count per type.</summary>
    public IReadOnlyDictionary<string, (long Bytes, long Count)> Types { get; }

    [GeneratedRegex(@"^\s*([\d,]+)\s+([\d,]+)\s+(.+?)\s*$")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes")]
    private static partial Regex TotalPattern();

    public static async Task<GcDump> CollectAsync(int processId, string file)
    {
        await RunAsync($"dotnet-gcdump collect -p {processId} -o {file}");
        var report = await RunAsync($"dotnet-gcdump report {file}");
        var types = new Dictionary<string, (long, long)>();
        long total = 0;
        foreach (var line in report.Split('\n'))
        {
            if (TotalPattern().Match(line) is { Success: true } heap)
            {
                total = long.Parse(heap.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                continue;
            }

            var row = RowPattern().Match(line);
            if (!row.Success)
            {
                continue;
            }

            // heapstat lists the size of one object (an average over the type's size class) and the count.
            var size = long.Parse(row.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            var count = long.Parse(row.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            var bytes = size * count;
            var type = row.Groups[3].Value;
            types[type] = types.TryGetValue(type, out var seen) ? (seen.Item1 + bytes, seen.Item2 + count) : (bytes, count);
        }

        return new GcDump(total, types);
    }

    /// <summary>The types that grew most from <paramref name="before"/> to <paramref name="after"/>, per unit.</summary>
    public static IEnumerable<(string Type, double BytesPer, double CountPer)> Growth(GcDump before, GcDump after, int units, int top) =>
        after.Types
            .Select(t => (Type: t.Key, Bytes: t.Value.Bytes - (before.Types.TryGetValue(t.Key, out var b) ? b.Bytes : 0),
                Count: t.Value.Count - (before.Types.TryGetValue(t.Key, out var c) ? c.Count : 0)))
            .OrderByDescending(t => t.Bytes)
            .Take(top)
            .Select(t => (t.Type, (double)t.Bytes / units, (double)t.Count / units));

    private static async Task<string> RunAsync(string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = HubProcess.Repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} failed: {await error}{await output}");
        }

        return await output;
    }
}
