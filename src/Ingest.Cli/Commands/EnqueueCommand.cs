using System.CommandLine;
using Ingest.Cli.Processing;
using Ingest.Pipeline;
using Ingest.Readers;
using Ingest.Store.Postgres.Queue;

namespace Ingest.Cli.Commands;

/// <summary>`ingest enqueue PATH...`: registers documents as jobs on the PostgreSQL queue, one per content hash.</summary>
public static class EnqueueCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "files or folders to queue (paths the workers can read)", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var rules = CommonOptions.Rules();
        var command = new Command("enqueue", "register documents as jobs for 'ingest worker' (PostgreSQL)") { paths, db, rules };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(db)!, parse.GetValue(rules)));
        return command;
    }

    private static int Run(string[] paths, string db, string? rules)
    {
        if (QueueDatabase.Require(db, "enqueue") is not { } database) return ExitCodes.Usage;
        var files = InputWalker.Expand(paths, out var missing, out var skipped);
        foreach (var path in missing) Console.Error.WriteLine($"not found: {path}");
        foreach (var folder in skipped) Console.Error.WriteLine($"skipped {folder}");
        // The version decides what is stale: content finished by another extractor version is queued again.
        var version = new IngestPipelineBuilder().UseRules(rules).Build().Version;
        var documents = new List<(string Sha256, string Path)>();
        var unreadable = 0;
        foreach (var file in files)
        {
            try
            {
                documents.Add((DocumentSources.FromFile(file).Sha256, Path.GetFullPath(file)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"cannot read {file}: {e.Message}");
                unreadable++;
            }
        }
        EnqueueOutcome outcome;
        try
        {
            using var queue = new JobQueue(database);
            outcome = queue.Enqueue(documents, version);
        }
        catch (Exception e) when (QueueDatabase.IsConnectionError(e))
        {
            Console.Error.WriteLine($"cannot use the database {database.Name}: {e.Message}");
            return ExitCodes.SomeFailed;
        }
        Console.Out.WriteLine($"{outcome.Added} queued, {outcome.Requeued} queued again (another extractor version), " +
                              $"{outcome.Unchanged} already queued or done");
        return missing.Count > 0 || unreadable > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
