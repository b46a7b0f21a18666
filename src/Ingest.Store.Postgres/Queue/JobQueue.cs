using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Store.Postgres.Database;
using Npgsql;

namespace Ingest.Store.Postgres.Queue;

/// <summary>
/// The work queue in the <c>job</c> table. Workers claim with <c>SELECT … FOR UPDATE SKIP LOCKED</c> (two never
/// take the same job, none waits on another), say they are alive by heartbeat, and finish a job in the same
/// transaction that loads its document, so a worker killed at any point leaves either the whole document and a
/// done job, or neither. A running job without a heartbeat for <c>staleAfter</c> is claimed again.
/// One instance holds one connection: one per thread.
/// </summary>
public sealed class JobQueue : IDisposable
{
    /// <summary>A job whose workers died this many times is failed rather than claimed again: it may be what kills them.</summary>
    public const int MaxAttempts = 3;

    private readonly NpgsqlConnection _connection;

    public JobQueue(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _connection = database.OpenMigrated();
    }

    /// <summary>
    /// Registers content as jobs, one per SHA-256. Content finished by another extractor version is queued
    /// again; anything else already known is left as it is.
    /// </summary>
    public EnqueueOutcome Enqueue(IReadOnlyList<(string Sha256, string Path)> documents, string extractorVersion)
    {
        int added = 0, requeued = 0;
        using var transaction = _connection.BeginTransaction();
        foreach (var (sha256, path) in documents)
        {
            using var command = new NpgsqlCommand("""
                INSERT INTO job (sha256, path, status) VALUES ($1, $2, 'pending')
                ON CONFLICT (sha256) DO UPDATE SET status = 'pending', path = EXCLUDED.path, worker = NULL, error = NULL,
                                                   attempts = 0, enqueued_at = now(), finished_at = NULL
                  WHERE job.status IN ('done', 'failed') AND job.extractor_version IS DISTINCT FROM $3
                RETURNING (xmax = 0) AS inserted
                """, _connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256 });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = path });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = extractorVersion });
            // No row back: the conflict's WHERE kept the existing job as it was.
            if (command.ExecuteScalar() is bool inserted)
            {
                if (inserted) added++;
                else requeued++;
            }
        }
        transaction.Commit();
        return new EnqueueOutcome(added, requeued, documents.Count - added - requeued);
    }

    /// <summary>The oldest pending job, or a running one whose worker stopped heartbeating; null when there is none.</summary>
    public Job? Claim(string worker, TimeSpan staleAfter)
    {
        using (var abandon = new NpgsqlCommand("""
            UPDATE job SET status = 'failed', finished_at = now(),
                           error = 'abandoned: its worker stopped (no heartbeat) ' || attempts || ' times, last ' || COALESCE(worker, '?')
            WHERE status = 'running' AND heartbeat_at < now() - $1 AND attempts >= $2
            """, _connection))
        {
            abandon.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = staleAfter });
            abandon.Parameters.Add(new NpgsqlParameter<int> { TypedValue = MaxAttempts });
            abandon.ExecuteNonQuery();
        }
        using var command = new NpgsqlCommand("""
            UPDATE job SET status = 'running', worker = $1, attempts = attempts + 1, claimed_at = now(), heartbeat_at = now(), error = NULL
            WHERE id = (
                SELECT id FROM job
                WHERE status = 'pending' OR (status = 'running' AND heartbeat_at < now() - $2)
                ORDER BY id
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING id, sha256, path, attempts
            """, _connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = worker });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = staleAfter });
        using var reader = command.ExecuteReader();
        return reader.Read() ? new Job(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)) : null;
    }

    /// <summary>Says the worker is still on the job; false when the job is no longer its own (it was reclaimed).</summary>
    public bool Heartbeat(Job job, string worker) =>
        Execute(null, "UPDATE job SET heartbeat_at = now() WHERE id = $1 AND worker = $2 AND status = 'running'", job.Id, worker) == 1;

    /// <summary>Whether this extractor version has already loaded the content successfully (nothing to do).</summary>
    public bool AlreadyLoaded(Job job, string extractorVersion)
    {
        using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM document WHERE sha256 = $1 AND status = 'ok' AND extractor_version = $2)", _connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = job.Sha256 });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = extractorVersion });
        return (bool)command.ExecuteScalar()!;
    }

    /// <summary>Loads the document and marks the job done in one transaction; false (and nothing written) when the job was reclaimed meanwhile.</summary>
    public bool Complete(Job job, string worker, DocumentLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        using var transaction = _connection.BeginTransaction();
        if (!Finish(transaction, job, worker, "done", null, load.ExtractorVersion)) return false;
        DocumentRows.Save(_connection, transaction, load);
        transaction.Commit();
        return true;
    }

    /// <summary>Marks the job done without loading: this extractor version already loaded the content.</summary>
    public bool CompleteUnchanged(Job job, string worker, string extractorVersion)
    {
        using var transaction = _connection.BeginTransaction();
        if (!Finish(transaction, job, worker, "done", null, extractorVersion)) return false;
        transaction.Commit();
        return true;
    }

    /// <summary>Marks the job failed with its reason and records the failed document (when it could be read), in one transaction.</summary>
    public bool Fail(Job job, string worker, string error, DocumentSource? source, DocumentTimings timings, string extractorVersion)
    {
        using var transaction = _connection.BeginTransaction();
        if (!Finish(transaction, job, worker, "failed", error, extractorVersion)) return false;
        if (source is not null) DocumentRows.RecordFailure(_connection, transaction, source, error, timings);
        transaction.Commit();
        return true;
    }

    /// <summary>Pending jobs plus running ones (whose workers may yet die and leave them to be claimed again).</summary>
    public int Unfinished()
    {
        using var command = new NpgsqlCommand("SELECT count(*) FROM job WHERE status IN ('pending', 'running')", _connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public QueueStatus Status() => QueueStatusReader.Read(_connection);

    public void Dispose() => _connection.Dispose();

    // Taking the job's row lock first: a reclaimed job's old worker finds it is no longer its own and writes nothing.
    private bool Finish(NpgsqlTransaction transaction, Job job, string worker, string status, string? error, string? extractorVersion) =>
        Execute(transaction, """
            UPDATE job SET status = $3, error = $4, extractor_version = $5, finished_at = now()
            WHERE id = $1 AND worker = $2 AND status = 'running'
            """, job.Id, worker, status, (object?)error ?? DBNull.Value, (object?)extractorVersion ?? DBNull.Value) == 1;

    private int Execute(NpgsqlTransaction? transaction, string sql, params object[] values)
    {
        using var command = new NpgsqlCommand(sql, _connection, transaction);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command.ExecuteNonQuery();
    }
}
