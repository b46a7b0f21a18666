using Ingest.Cli.Commands;
using Ingest.Cli.Tests.BadInput;
using Ingest.Store;

namespace Ingest.Cli.Tests.Backfill;

/// <summary>
/// Documents are read and extracted concurrently but stored by one writer in input order, so the database
/// (ids included) is the same whatever the number of workers and however the work was scheduled.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class DeterministicOrderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-order-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void One_worker_and_four_workers_write_identical_databases()
    {
        var input = Path.Combine(_dir, "input");
        // Every council and format, small and large documents mixed so that finishing order differs from input order.
        foreach (var council in new[] { "harrow", "havering", "brent" })
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpus, council))
                     .Where(f => Path.GetExtension(f) is ".docx" or ".xlsx" or ".html"))
        {
            Directory.CreateDirectory(Path.Combine(input, council));
            File.Copy(file, Path.Combine(input, council, Path.GetFileName(file)));
        }
        File.WriteAllBytes(Path.Combine(input, "harrow", "corrupt.docx"), [0x50, 0x4B, 0x03, 0x04, 0x00]);

        var one = Path.Combine(_dir, "one.db");
        var four = Path.Combine(_dir, "four.db");
        CliRun.Start(TimeSpan.FromMinutes(5), "run", input, "--db", one, "--workers", "1").ExitCode.Should().Be(ExitCodes.SomeFailed);
        CliRun.Start(TimeSpan.FromMinutes(5), "run", input, "--db", four, "--workers", "4").ExitCode.Should().Be(ExitCodes.SomeFailed);

        CliRun.Count(one, "select count(*) from document").Should().BeGreaterThan(20);
        foreach (var sql in new[]
                 {
                     "select id, sha256, path, council, title, reporting_period, status, error, table_count, observation_count from document order by id",
                     "select * from observation order by id",
                     "select * from action order by id",
                 })
            Dump(four, sql).Should().Equal(Dump(one, sql), sql);
    }

    private static IEnumerable<string> Dump(string db, string sql) =>
        ReadOnlyQuery.Run(db, sql).Rows.Select(row => string.Join("|", row));
}
