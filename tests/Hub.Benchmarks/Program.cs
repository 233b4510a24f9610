// Hub's benchmarks: figures for docs/BENCHMARKS.md. Each verb prints what it measured and the machine it ran on.
//   dotnet run -c Release --project tests/Hub.Benchmarks -- directory [--profiles 100000] [--iterations 60]
//   dotnet run -c Release --project tests/Hub.Benchmarks -- scheduling [--shape reference|tradefair] [--seed 1] [--time-limit 5] [--cpsat 1] [--cpsat-limit s] [--lp 0]
//   dotnet run -c Release --project tests/Hub.Benchmarks -- circuits [--circuits 40] [--pages directory,for-you,...] [--types 25]
//   dotnet run -c Release --project tests/Hub.Benchmarks -- circuit-load [--users 1000] [--ramp 120] [--duration 180] [--think 3000]
//   dotnet run -c Release --project tests/Hub.Benchmarks -- events [--people 552] [--columns 33] [--folds 5] [--seeds 1]
using Hub.Benchmarks;

var verb = args.FirstOrDefault() ?? "help";
var options = Options.Parse(args.Skip(1).ToArray());
switch (verb)
{
    case "directory":
        await DirectoryBenchmark.RunAsync(options.Get("profiles", 100_000), options.Get("iterations", 60));
        return 0;
    case "quality":
        RecommenderQuality.Run(options.Get("profiles", 320));
        return 0;
    case "serving":
        RecommenderServing.Run(options.Get("profiles", 100_000), options.Get("queries", 100));
        return 0;
    case "training":
        RecommenderTraining.Run(options.Get("profiles", 4_500));
        return 0;
    case "training-memory":
        await TrainingSignalMemory.RunAsync(options.Get("mode", "stream"), options.Get("signals", 3_000_000), options.Get("pairs", 200_000));
        return 0;
    case "events":
        EventEvaluationBenchmark.Run(options.Get("events", 21), options.Get("people", 552), options.Get("columns", 33), options.Get("folds", 5),
            options.Get("seed", 2026), options.Get("seeds", 1), options.Get("search", 1) != 0);
        return 0;
    case "push":
        await PushLatency.RunAsync(options.Get("clients", 1_000), options.Get("notifications", 300), options.Get("bursts", 10));
        return 0;
    case "push-cluster":
        await CrossInstancePush.RunAsync(options.Get("clients", 1_000), options.Get("notifications", 300), options.Get("bursts", 10));
        return 0;
    case "circuits":
        await CircuitMemory.RunAsync(options.Get("circuits", 40), options.Get("pages", string.Join(",", CircuitMemory.AllPages)).Split(','),
            options.Get("types", 0), new Dictionary<string, string>());
        return 0;
    case "circuit-load":
        await CircuitLoad.RunAsync(options.Get("users", 1_000), options.Get("ramp", 120), options.Get("duration", 180), options.Get("think", 3_000));
        return 0;
    case "scheduling":
        SchedulingBenchmark.Run(options.Get("shape", "reference"), options.Get("seed", 1), options.Get("time-limit", 5), options.Get("cpsat", 1) != 0, options.Get("lp", 0) != 0, options.Get("cpsat-limit", 0));
        return 0;
    default:
        Console.WriteLine("Verbs: directory [--profiles N] [--iterations N] | quality [--profiles N] | serving [--profiles N] [--queries N] | training [--profiles N] | training-memory [--mode list|stream] [--signals N] [--pairs N] | push [--clients N] [--notifications N] [--bursts N] | push-cluster [--clients N] [--notifications N] [--bursts N] | circuits [--circuits N] [--pages a,b] [--types N] | circuit-load [--users N] [--ramp s] [--duration s] [--think ms] | scheduling [--shape reference|tradefair] [--seed 1] [--time-limit 5] [--cpsat 1] [--cpsat-limit s] [--lp 0] | events [--events 21] [--people 552] [--columns 33] [--folds 5] [--seed 2026] [--seeds 1] [--search 1]");
        return verb == "help" ? 0 : 2;
}
