using System.Diagnostics;
using Ingest.Store.Postgres;
using Npgsql;

namespace Ingest.Cli.Commands;

/// <summary>
/// One pass of `ingest bench --backfill --db postgres://…`: the files queued in a fresh schema (not timed: that is
/// hashing), then N `ingest worker --workers 1` processes timed from start until the queue is empty, as N
/// machines (here: N processes on one) would work it.
/// </summary>
internal static class BackfillBenchPostgres
{
    public static BackfillBench.Pass Measure(PostgresDatabase database, IReadOnlyList<string> files, int workers, int pages, string? rules)
    {
        var schema = $"ingest_bench_{Environment.ProcessId}_{workers}";
        var pass = new PostgresDatabase(new NpgsqlConnectionStringBuilder(database.ConnectionString) { SearchPath = schema }.ConnectionString);
        Execute(database, $"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
        try
        {
            var rulesArgs = rules is null ? Array.Empty<string>() : ["--rules", rules];
            using (var enqueue = BackfillBench.StartIngest(["enqueue", .. files, "--db", pass.ConnectionString, .. rulesArgs]))
            {
                enqueue.WaitForExit();
                if (enqueue.ExitCode != 0) throw new InvalidOperationException($"ingest enqueue exited {enqueue.ExitCode}");
            }
            var cpuBefore = BackfillBench.ChildrenCpuTime();
            var clock = Stopwatch.StartNew();
            var children = Enumerable.Range(0, workers)
                .Select(_ => BackfillBench.StartIngest(["worker", "--db", pass.ConnectionString, "--workers", "1", .. rulesArgs]))
                .ToList();
            var peak = 0L;
            while (children.Any(c => !c.HasExited))
            {
                foreach (var child in children.Where(c => !c.HasExited)) peak = Math.Max(peak, BackfillBench.PeakResidentBytes(child.Id));
                Thread.Sleep(100);
            }
            foreach (var child in children)
            {
                child.WaitForExit();
                child.Dispose();
            }
            var wall = clock.Elapsed;
            return BackfillBench.Tally(pass, workers, pages, wall, BackfillBench.ChildrenCpuTime() - cpuBefore, peak);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Execute(database, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    private static void Execute(PostgresDatabase database, string sql)
    {
        using var connection = database.Connect();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
