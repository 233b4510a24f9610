using Hub.Core.Seeding;

namespace Hub.Cli;

/// <summary>Regenerates the demo ecosystem in seed/ (or a larger world for benchmarks) from the deterministic generator.</summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var profiles = 320;
        var seed = 20261124;
        var output = "seed";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--profiles" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n >= 50:
                    profiles = n;
                    i++;
                    break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], out var s):
                    seed = s;
                    i++;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or invalid option '{args[i]}'. Usage: seed [--profiles N (>= 50)] [--seed N] [--out folder]");
                    return 2;
            }
        }

        var world = new DemoWorldGenerator(seed).Generate(profiles);
        DemoSeeder.Check(world);
        await world.SaveAsync(output);
        Console.WriteLine($"Wrote {world.Profiles.Count} profiles, {world.ComputeOffers.Count} compute offers and {world.Accounts.Count} accounts to {Path.GetFullPath(output)}.");
        return 0;
    }
}
