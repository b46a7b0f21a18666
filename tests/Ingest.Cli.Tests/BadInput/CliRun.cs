using System.Diagnostics;
using System.Globalization;
using Ingest.Store;

namespace Ingest.Cli.Tests.BadInput;

/// <summary>`ingest run` in-process with its error stream captured and a time limit, so a hang fails the test instead of stalling it.</summary>
internal sealed record CliRun(int ExitCode, string Errors, TimeSpan Elapsed)
{
    public static CliRun Start(TimeSpan limit, params string[] args)
    {
        var errors = new StringWriter();
        var original = Console.Error;
        Console.SetError(errors);
        var clock = Stopwatch.StartNew();
        try
        {
            var run = Task.Run(() => Program.Main(args));
            if (!run.Wait(limit)) throw new TimeoutException($"ingest {string.Join(' ', args)} did not finish within {limit.TotalSeconds:0} s");
            return new CliRun(run.Result, errors.ToString(), clock.Elapsed);
        }
        finally
        {
            Console.SetError(original);
        }
    }

    public static long Count(string db, string sql) =>
        long.Parse(ReadOnlyQuery.Run(db, sql).Rows[0][0]!, CultureInfo.InvariantCulture);

    /// <summary>The document table's row for a file name: status, error, observation count, observations actually stored.</summary>
    public static (string Status, string? Error, long Declared, long Stored) Document(string db, string fileName)
    {
        var escaped = fileName.Replace("'", "''", StringComparison.Ordinal);
        var rows = ReadOnlyQuery.Run(db, $"""
            select d.status, d.error, d.observation_count, (select count(*) from observation o where o.document_id = d.id)
            from document d where d.file_name = '{escaped}'
            """).Rows;
        rows.Should().ContainSingle($"'{fileName}' must have exactly one row in the document table");
        var row = rows[0];
        return (row[0]!, row[1], long.Parse(row[2]!, CultureInfo.InvariantCulture), long.Parse(row[3]!, CultureInfo.InvariantCulture));
    }
}
