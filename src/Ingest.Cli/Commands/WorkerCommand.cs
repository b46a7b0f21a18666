using System.CommandLine;
using System.Diagnostics;
using Ingest.Cli.Processing;
using Ingest.Pipeline;

namespace Ingest.Cli.Commands;

/// <summary>`ingest worker`: works the PostgreSQL queue until nothing is left; run it on as many machines as you like.</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var rules = CommonOptions.Rules();
        var council = CommonOptions.Council(rules);
        var workers = new Option<int>("--workers")
        {
            Description = "documents worked on at once in this process (default: the number of cores)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var stale = new Option<double>("--stale-after")
        {
            Description = "seconds without a heartbeat after which another worker takes a running job over (default 60)",
            DefaultValueFactory = _ => 60,
        };
        var command = new Command("worker", "claim queued documents, extract and load them, until the queue is empty (PostgreSQL)")
        {
            db, rules, council, workers, stale,
        };
        command.SetAction(parse =>
        {
            if (QueueDatabase.Require(parse.GetValue(db)!, "worker") is not { } database) return ExitCodes.Usage;
            if (parse.GetValue(stale) is var seconds && (seconds <= 0 || double.IsNaN(seconds)))
            {
                Console.Error.WriteLine("--stale-after takes a positive number of seconds");
                return ExitCodes.Usage;
            }
            var options = new QueueWorkerOptions(Math.Max(1, parse.GetValue(workers)), TimeSpan.FromSeconds(seconds));
            var clock = Stopwatch.StartNew();
            WorkerTally tally;
            try
            {
                var rulesPath = parse.GetValue(rules);
                tally = new QueueWorker(database, new IngestPipelineBuilder().UseRules(rulesPath).Build(), CommonOptions.Extraction(parse.GetValue(council), rulesPath),
                    options, CouncilSeries.Continuity(database, rulesPath)).Run();
            }
            catch (Exception e) when (QueueDatabase.IsConnectionError(e))
            {
                Console.Error.WriteLine($"worker stopped: the database {database.Name}: {e.Message}");
                return ExitCodes.SomeFailed;
            }
            Console.Out.WriteLine($"worker {Environment.MachineName}:{Environment.ProcessId}: {tally.Loaded} loaded, {tally.Unchanged} unchanged, " +
                                  $"{tally.Failed} failed, {tally.Lost} lost to other workers in {clock.Elapsed.TotalSeconds:0.0} s");
            return tally.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }
}
