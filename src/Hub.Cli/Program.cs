// Hub's command line.
//   seed      regenerate the demo ecosystem (or a larger world):  seed [--profiles 320] [--seed 20261124] [--out seed]
//   evaluate  evaluate ranking methods on past event data:        evaluate --participants p.csv --interactions i.csv
//             [--folds 5 | --holdout-events a,b | --holdout-fraction 0.2] [--k 5,10] [--target mutual|decision] [--no-search] [--seed 7] [--json out.json]
//   generate-events  write a generated multi-event speed-meeting dataset: generate-events [--events 21] [--people 552]
//             [--columns 33] [--seed 2026] [--out folder]
//   schedule  schedule an event's 1:1 meetings, or check a schedule: schedule --input instance.json --output schedule.json
//             [--time-limit 5] [--seed 1] | schedule --input instance.json --check schedule.json
//   create-admin  create the first admin of a hub:               create-admin --email you@example.org [--password P] [--database data/hub.db]
//   backup / restore  online copy of the SQLite database, and back: backup --output hub-backup.db | restore --input hub-backup.db
//             (SQLite only; on PostgreSQL use pg_dump and pg_restore)
//   migrate   bring the database to the current schema before starting instances: migrate [--database data/hub.db]
//             (PostgreSQL: Database__Provider=Postgres and ConnectionStrings__Hub in the environment, as for the app)
using Hub.Cli;

return args.FirstOrDefault() switch
{
    "seed" => await SeedCommand.RunAsync(args[1..]),
    "evaluate" => EvaluateCommand.Run(args[1..], Console.Out, Console.Error),
    "generate-events" => GenerateEventsCommand.Run(args[1..], Console.Out, Console.Error),
    "schedule" => ScheduleCommand.Run(args[1..], Console.Out, Console.Error),
    "create-admin" => await CreateAdminCommand.RunAsync(args[1..], Console.Out, Console.Error),
    "backup" => await BackupCommand.BackupAsync(args[1..], Console.Out, Console.Error),
    "restore" => await BackupCommand.RestoreAsync(args[1..], Console.Out, Console.Error),
    "migrate" => await MigrateCommand.RunAsync(args[1..], Console.Out, Console.Error),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: hub seed [--profiles N] [--seed N] [--out folder]");
    Console.Error.WriteLine("       hub evaluate --participants FILE --interactions FILE [--folds K | --holdout-events a,b | --holdout-fraction F] [--k 5,10] [--target mutual|decision] [--no-search] [--seed N] [--json FILE]");
    Console.Error.WriteLine($"       hub {GenerateEventsCommand.Usage}");
    Console.Error.WriteLine($"       hub {ScheduleCommand.Usage}");
    Console.Error.WriteLine($"       hub {CreateAdminCommand.Usage}");
    Console.Error.WriteLine($"       hub {BackupCommand.BackupUsage}");
    Console.Error.WriteLine($"       hub {BackupCommand.RestoreUsage}");
    Console.Error.WriteLine($"       hub {MigrateCommand.Usage}");
    return 2;
}
