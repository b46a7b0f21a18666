using System.CommandLine;
using System.Globalization;
using Ingest.Store.Postgres;
using Ingest.Store.Postgres.Queue;
using Spectre.Console;

namespace Ingest.Cli.Commands;

/// <summary>`ingest status`: the PostgreSQL queue (pending, running by worker, done, failed with reasons, throughput), or a SQLite file's documents by status.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var command = new Command("status", "the work queue (PostgreSQL) or the loaded documents by status") { db };
        command.SetAction(parse =>
        {
            if (CommonOptions.OpenDatabase(parse.GetValue(db)!) is not { } database) return ExitCodes.Usage;
            try
            {
                if (database is PostgresDatabase postgres)
                {
                    using var queue = new JobQueue(postgres);
                    Print(queue.Status());
                }
                foreach (var group in database.Documents().GroupBy(d => d.Status).OrderBy(g => g.Key, StringComparer.Ordinal))
                    Console.Out.WriteLine($"documents {group.Key}: {group.Count()}");
                return ExitCodes.Ok;
            }
            catch (FileNotFoundException e)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.SomeFailed;
            }
            catch (Exception e) when (QueueDatabase.IsConnectionError(e))
            {
                Console.Error.WriteLine($"cannot use the database {database.Name}: {e.Message}");
                return ExitCodes.SomeFailed;
            }
        });
        return command;
    }

    private static void Print(QueueStatus status)
    {
        Console.Out.WriteLine($"jobs: {status.Pending} pending, {status.Running} running, {status.Done} done, {status.Failed} failed");
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput: {status.DonePerSecondLastMinute:0.00} documents/s over the last minute, {status.DonePerSecondOverall:0.00} overall"));
        if (status.Workers.Count > 0)
        {
            var running = new Table().Border(TableBorder.Rounded).Title("running");
            foreach (var column in new[] { "worker", "document", "for s", "last heartbeat s ago" }) running.AddColumn(column);
            foreach (var w in status.Workers)
                running.AddRow(Markup.Escape(w.Worker), Markup.Escape(Path.GetFileName(w.Path)), Seconds(w.Running), Seconds(w.SinceHeartbeat));
            AnsiConsole.Write(running);
        }
        if (status.Failures.Count > 0)
        {
            var failed = new Table().Border(TableBorder.Rounded).Title("failed");
            foreach (var column in new[] { "jobs", "reason", "e.g." }) failed.AddColumn(column);
            foreach (var f in status.Failures)
                failed.AddRow(f.Jobs.ToString(CultureInfo.InvariantCulture), Markup.Escape(f.Error), Markup.Escape(Path.GetFileName(f.Example)));
            AnsiConsole.Write(failed);
        }
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
