using System.Globalization;
using Ingest.Store.Postgres;
using Ingest.Store.Postgres.Tests;

namespace Ingest.Cli.Tests.Queue;

/// <summary>
/// A council's later report renames an indicator but repeats its earlier figures: loaded into PostgreSQL by
/// `ingest worker` or by `ingest run`, the renamed series joins the earlier one, as on SQLite.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ContinuityOnPostgresTests(PostgresServer server) : IDisposable
{
    private const string OldName = "% of FOI requests answered within 20 working days";
    private const string NewName = "Information requests dealt with on time";
    private readonly List<string> _schemas = [];
    private readonly string _dir = Directory.CreateTempSubdirectory("ingest-continuity-pg-").FullName;

    public void Dispose()
    {
        foreach (var schema in _schemas) server.DropSchema(schema);
        Directory.Delete(_dir, recursive: true);
    }

    [RequiresPostgresFact]
    public void The_queue_worker_links_a_renamed_series_to_the_councils_earlier_one()
    {
        var db = Schema();
        var (earlier, later) = Reports();
        WorkerProcesses.Run("enqueue", earlier, later, "--db", db).Should().Be(0);

        WorkerProcesses.Run("worker", "--db", db, "--workers", "1").Should().Be(0);

        LinkedNames(db).Should().Equal($"{NewName}|linked|{EarlierKey(db)}");
    }

    [RequiresPostgresFact]
    public void Ingest_run_into_postgres_links_a_renamed_series_to_the_councils_earlier_one()
    {
        var db = Schema();
        var (earlier, later) = Reports();

        WorkerProcesses.Run("run", earlier, later, "--db", db, "--workers", "1").Should().Be(0);

        LinkedNames(db).Should().Equal($"{NewName}|linked|{EarlierKey(db)}");
    }

    [RequiresPostgresFact]
    public void Other_figures_under_a_new_name_stay_provisional()
    {
        var db = Schema();
        var earlier = Write("brent-q3.html", "Q3 2023/24", ["Q1 2023/24", "Q2 2023/24", "Q3 2023/24"], OldName, [91.2m, 88.0m, 93.5m]);
        var later = Write("brent-q4.html", "Q4 2023/24", ["Q2 2023/24", "Q3 2023/24", "Q4 2023/24"], NewName, [40.0m, 12.5m, 90.1m]);
        WorkerProcesses.Run("enqueue", earlier, later, "--db", db).Should().Be(0);

        WorkerProcesses.Run("worker", "--db", db, "--workers", "1").Should().Be(0);

        LinkedNames(db).Should().BeEmpty();
        Rows(db, $"SELECT DISTINCT indicator_match FROM observation WHERE indicator = '{NewName}'").Should().Equal("provisional");
    }

    private (string Earlier, string Later) Reports() => (
        Write("brent-q3.html", "Q3 2023/24", ["Q1 2023/24", "Q2 2023/24", "Q3 2023/24"], OldName, [91.2m, 88.0m, 93.5m]),
        Write("brent-q4.html", "Q4 2023/24", ["Q2 2023/24", "Q3 2023/24", "Q4 2023/24"], NewName, [88.0m, 93.5m, 90.1m]));

    /// <summary>A Brent-style web page: one indicator, actual and target for three quarters.</summary>
    private string Write(string file, string quarter, string[] periods, string indicator, decimal[] actuals)
    {
        var heads = string.Concat(periods.Select(p => $"<th colspan=\"2\">{p}</th>"));
        var subHeads = string.Concat(periods.Select(_ => "<th>Actual</th><th>Target</th>"));
        var cells = string.Concat(actuals.Select(a => $"<td>{a.ToString(CultureInfo.InvariantCulture)}%</td><td>90%</td>"));
        var path = Path.Combine(_dir, file);
        File.WriteAllText(path, $"""
            <html><head><title>Brent Council - Borough Plan Performance {quarter}</title></head><body>
            <h1>Brent Council Borough Plan Performance Report {quarter}</h1>
            <table><tr><th rowspan="2">Performance indicator</th><th rowspan="2">Good is</th>{heads}</tr><tr>{subHeads}</tr>
            <tr><td>{indicator}</td><td>High</td>{cells}</tr></table></body></html>
            """);
        return path;
    }

    private static string EarlierKey(string db) => Rows(db, $"SELECT DISTINCT indicator_id FROM observation WHERE indicator = '{OldName}'").Single();

    private static List<string> LinkedNames(string db) =>
        Rows(db, "SELECT DISTINCT indicator || '|' || indicator_match || '|' || indicator_id FROM observation WHERE indicator_match = 'linked'");

    private static List<string> Rows(string db, string sql) =>
        new PostgresDatabase(db).Query(sql).Rows.Select(r => r[0] ?? "").ToList();

    private string Schema()
    {
        var schema = server.CreateSchema();
        _schemas.Add(schema);
        return schema;
    }
}
