using System.Diagnostics;
using Ingest.Core.Observations;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Store.Database;
using Npgsql;

namespace Ingest.Store.Postgres.Database;

/// <summary>
/// Writes one document, its observations, actions and findings inside the caller's transaction, so the
/// work queue can mark its job done in the same commit as the load.
/// </summary>
internal static class DocumentRows
{
    public static long Save(NpgsqlConnection connection, NpgsqlTransaction transaction, DocumentLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var started = Stopwatch.GetTimestamp();
        DeleteEarlierLoads(connection, transaction, load.Source.Sha256);
        var id = InsertDocument(connection, transaction, load.Source, "ok", null, load.Council, load.Title, load.ReportingPeriod,
            load.TableCount, load.Observations.Count, load.Timings, load.ExtractorVersion, load.ReportingPeriodDates);
        ObservationCopy.Write(connection, id, load.Observations);
        InsertActions(connection, transaction, id, load.Actions ?? []);
        InsertFindings(connection, transaction, id, load.Findings ?? []);
        // As in SQLite: unless the caller timed the load, the store's own time is the load time.
        if (load.Timings.Load == TimeSpan.Zero)
            Execute(connection, transaction, "UPDATE document SET load_ms = $1 WHERE id = $2",
                Milliseconds(Stopwatch.GetElapsedTime(started)), id);
        return id;
    }

    public static long RecordFailure(NpgsqlConnection connection, NpgsqlTransaction transaction, DocumentSource source, string error,
        DocumentTimings timings)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(timings);
        DeleteEarlierLoads(connection, transaction, source.Sha256);
        return InsertDocument(connection, transaction, source, "failed", error, null, null, null, 0, 0, timings, null, null);
    }

    public static IReadOnlySet<string> CurrentContent(NpgsqlConnection connection, string extractorVersion)
    {
        using var command = new NpgsqlCommand("SELECT sha256 FROM document WHERE status = 'ok' AND extractor_version = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = extractorVersion });
        var current = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read()) current.Add(reader.GetString(0));
        return current;
    }

    // The observations, actions and findings go with the document row: the foreign keys cascade.
    private static void DeleteEarlierLoads(NpgsqlConnection connection, NpgsqlTransaction transaction, string sha256) =>
        Execute(connection, transaction, "DELETE FROM document WHERE sha256 = $1", sha256);

    private static long InsertDocument(NpgsqlConnection connection, NpgsqlTransaction transaction, DocumentSource source, string status,
        string? error, string? council, string? title, string? reportingPeriod, int tableCount, int observationCount, DocumentTimings timings,
        string? extractorVersion, Period? period)
    {
        using var command = new NpgsqlCommand("""
            INSERT INTO document (sha256, path, file_name, format, council, title, reporting_period, status, error,
                                  table_count, observation_count, read_ms, extract_ms, load_ms, size_bytes, loaded_at, extractor_version,
                                  reporting_period_start, reporting_period_end)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
            RETURNING id
            """, connection, transaction);
        Add(command, source.Sha256, source.Path, source.FileName, source.Format, NullIfEmpty(council), NullIfEmpty(title),
            NullIfEmpty(reportingPeriod), status, NullIfEmpty(error), tableCount, observationCount, Milliseconds(timings.Read),
            Milliseconds(timings.Extract), Milliseconds(timings.Load), source.Length, StoreClock.UtcNowText(), NullIfEmpty(extractorVersion),
            period is null ? DBNull.Value : ObservationColumns.Date(period.Start), period is null ? DBNull.Value : ObservationColumns.Date(period.End));
        return (long)command.ExecuteScalar()!;
    }

    private static void InsertActions(NpgsqlConnection connection, NpgsqlTransaction transaction, long documentId, IReadOnlyList<ActionItem> actions)
    {
        if (actions.Count == 0) return;
        using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var action in actions)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO action (document_id, council, document, "table", "row", period_label, section, text, status)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                """);
            foreach (var value in new object[] { documentId, NullIfEmpty(action.Council), NullIfEmpty(action.Document), action.Table, action.Row,
                         NullIfEmpty(action.PeriodLabel), NullIfEmpty(action.Section), action.Text, action.Status })
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            batch.BatchCommands.Add(command);
        }
        batch.ExecuteNonQuery();
    }

    private static void InsertFindings(NpgsqlConnection connection, NpgsqlTransaction transaction, long documentId, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return;
        var now = StoreClock.UtcNowText();
        using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var f in findings)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO finding (document_id, check_name, severity, message, council, indicator_key, period_label, document, "table", "row", created_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                """);
            foreach (var value in new object[] { documentId, f.Check, f.Severity.ToString().ToLowerInvariant(), f.Message, NullIfEmpty(f.Council),
                         NullIfEmpty(f.IndicatorKey), NullIfEmpty(f.Period), NullIfEmpty(f.Document),
                         f.Table is { } t ? t : DBNull.Value, f.Row is { } r ? r : DBNull.Value, now })
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            batch.BatchCommands.Add(command);
        }
        batch.ExecuteNonQuery();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params object[] values)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        Add(command, values);
        command.ExecuteNonQuery();
    }

    private static void Add(NpgsqlCommand command, params object[] values)
    {
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
    }

    private static object NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? DBNull.Value : text;

    private static long Milliseconds(TimeSpan span) => (long)Math.Round(span.TotalMilliseconds, MidpointRounding.AwayFromZero);
}
