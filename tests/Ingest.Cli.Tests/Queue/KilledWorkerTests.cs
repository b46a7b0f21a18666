using Ingest.Store.Postgres;
using Ingest.Store.Postgres.Tests;
using Npgsql;

namespace Ingest.Cli.Tests.Queue;

/// <summary>
/// Three `ingest worker` processes on one PostgreSQL, one killed with SIGKILL in the middle of loading a document:
/// its job is claimed again once its heartbeat stops, and the dataset ends as a single worker would leave it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class KilledWorkerTests(PostgresServer server) : IDisposable
{
    private readonly List<string> _schemas = [];

    public void Dispose()
    {
        foreach (var schema in _schemas) server.DropSchema(schema);
    }

    [RequiresPostgresFact]
    public void A_worker_killed_mid_document_leaves_every_document_loaded_once_as_one_worker_would()
    {
        var documents = CorpusDocuments();
        var single = Schema();
        var shared = Schema();
        WorkerProcesses.Run(["enqueue", .. documents, "--db", single]).Should().Be(0);
        WorkerProcesses.Run("worker", "--db", single, "--workers", "1");

        WorkerProcesses.Run(["enqueue", .. documents, "--db", shared]).Should().Be(0);
        var workers = new List<System.Diagnostics.Process>();
        long victimJob;
        using (var blocker = new NpgsqlConnection(shared))
        {
            // Holding the document table makes every worker stop inside its load transaction: whoever is
            // killed is certainly mid-document, not between documents.
            blocker.Open();
            using var hold = blocker.BeginTransaction();
            Execute(blocker, "LOCK TABLE document IN EXCLUSIVE MODE");
            for (var i = 0; i < 3; i++) workers.Add(WorkerProcesses.Start("worker", "--db", shared, "--workers", "1", "--stale-after", "2"));
            WorkerProcesses.WaitUntil(() => Count(shared, "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'document'::regclass") == 3,
                TimeSpan.FromSeconds(90), "three workers waiting to load");
            var (job, worker) = RunningJob(shared);
            victimJob = job;
            var pid = int.Parse(worker.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
            var victim = workers.Single(w => w.Id == pid);
            victim.Kill();
            victim.WaitForExit();
            hold.Rollback();
        }

        foreach (var worker in workers)
            worker.WaitForExit(TimeSpan.FromSeconds(120)).Should().BeTrue("the surviving workers finish the queue, the dead one's job included");
        Count(shared, "SELECT count(*) FROM job WHERE status IN ('pending', 'running')").Should().Be(0);
        Count(shared, $"SELECT attempts FROM job WHERE id = {victimJob}").Should().Be(2, "the killed worker's job was claimed again");
        Count(shared, "SELECT count(*) FROM document").Should().Be(documents.Length);
        Count(shared, "SELECT count(*) FROM observation").Should().Be(Count(single, "SELECT count(*) FROM observation")).And.BeGreaterThan(0);
        Count(shared, "SELECT sum(observation_count) FROM document").Should().Be(Count(shared, "SELECT count(*) FROM observation"));
        new PostgresDatabase(shared).Export().Select(r => string.Join("|", r))
            .Should().Equal(new PostgresDatabase(single).Export().Select(r => string.Join("|", r)));
        new PostgresDatabase(shared).Documents().Select(d => (d.FileName, d.Status, d.Observations))
            .Should().Equal(new PostgresDatabase(single).Documents().Select(d => (d.FileName, d.Status, d.Observations)));
    }

    // A handful of Word scorecards from the corpus: quick to read, several councils.
    private static string[] CorpusDocuments() =>
        new[] { "harrow", "havering", "brent" }
            .SelectMany(council => Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, council), "*.docx").Order(StringComparer.Ordinal).Take(2))
            .ToArray();

    private string Schema()
    {
        var schema = server.CreateSchema();
        _schemas.Add(schema);
        return schema;
    }

    private static (long Job, string Worker) RunningJob(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT id, worker FROM job WHERE status = 'running' ORDER BY id LIMIT 1", connection);
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeTrue();
        return (reader.GetInt64(0), reader.GetString(1));
    }

    private static long Count(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
