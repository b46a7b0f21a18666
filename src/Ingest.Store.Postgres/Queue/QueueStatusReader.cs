using Npgsql;

namespace Ingest.Store.Postgres.Queue;

/// <summary>Reads <see cref="QueueStatus"/>: counts by status, who runs what, failures grouped by reason, throughput.</summary>
internal static class QueueStatusReader
{
    public static QueueStatus Read(NpgsqlConnection connection)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var command = new NpgsqlCommand("SELECT status, count(*)::int FROM job GROUP BY status", connection))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt32(1);

        var workers = new List<WorkerActivity>();
        using (var command = new NpgsqlCommand("""
            SELECT worker, path, now() - claimed_at, now() - heartbeat_at FROM job WHERE status = 'running' ORDER BY worker, id
            """, connection))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                workers.Add(new WorkerActivity(reader.GetString(0), reader.GetString(1), reader.GetTimeSpan(2), reader.GetTimeSpan(3)));

        var failures = new List<FailureReason>();
        using (var command = new NpgsqlCommand("""
            SELECT COALESCE(error, ''), count(*)::int, min(path) FROM job WHERE status = 'failed' GROUP BY 1 ORDER BY 2 DESC, 1
            """, connection))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) failures.Add(new FailureReason(reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));

        double lastMinute, overall;
        using (var command = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE finished_at > now() - interval '1 minute') / 60.0,
                   COALESCE(count(*) / NULLIF(EXTRACT(EPOCH FROM max(finished_at) - min(claimed_at)), 0), 0)
            FROM job WHERE status = 'done'
            """, connection))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            lastMinute = (double)reader.GetDecimal(0);
            overall = (double)reader.GetDecimal(1);
        }
        return new QueueStatus(Count("pending"), Count("running"), Count("done"), Count("failed"), workers, failures, lastMinute, overall);

        int Count(string status) => counts.GetValueOrDefault(status);
    }
}
