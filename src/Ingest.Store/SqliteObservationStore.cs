using System.Diagnostics;
using System.Globalization;
using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Store.Database;
using Ingest.Store.Schema;
using Microsoft.Data.Sqlite;

namespace Ingest.Store;

/// <summary>
/// The pipeline's SQLite store. One document is one transaction: a document is either fully loaded or not
/// there at all. Holds one connection; not for use from several threads at once.
/// </summary>
public sealed class SqliteObservationStore : IObservationStore
{
    private readonly SqliteConnection _connection;

    private SqliteObservationStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating if needed) and migrates the database at <paramref name="dbPath"/>.</summary>
    /// <exception cref="InvalidOperationException">The database was written by a newer schema, or a migration failed.</exception>
    public static SqliteObservationStore Open(string dbPath) => Open(dbPath, StoreSchema.Migrations);

    internal static SqliteObservationStore Open(string dbPath, IReadOnlyList<Migration> migrations)
    {
        var connection = StoreConnections.OpenReadWrite(dbPath);
        try
        {
            new SchemaMigrator(migrations).Migrate(connection, Path.GetFullPath(dbPath));
            return new SqliteObservationStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public long SaveDocument(DocumentLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var started = Stopwatch.GetTimestamp();
        using var transaction = _connection.BeginTransaction();
        DeleteEarlierLoads(load.Source.Sha256, transaction);
        var id = InsertDocument(transaction, load.Source, "ok", error: null, load.Council, load.Title, load.ReportingPeriod,
            load.TableCount, load.Observations.Count, load.Timings, load.ExtractorVersion);
        using (var inserter = new ObservationInserter(_connection, transaction))
        {
            foreach (var observation in load.Observations) inserter.Insert(id, observation);
        }
        InsertActions(transaction, id, load.Actions ?? []);
        RecordReportingPeriod(transaction, id, load.ReportingPeriodDates);
        Findings.FindingRows.Insert(_connection, transaction, id, load.Findings ?? []);
        // The caller cannot time a load it is still inside; unless it says otherwise, the store's own time is the load time.
        if (load.Timings.Load == TimeSpan.Zero)
            RecordLoadTime(transaction, id, Stopwatch.GetElapsedTime(started));
        transaction.Commit();
        return id;
    }

    public IReadOnlySet<string> CurrentContent(string extractorVersion)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT sha256 FROM document WHERE status = 'ok' AND extractor_version = $version";
        command.Parameters.AddWithValue("$version", extractorVersion);
        var current = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read()) current.Add(reader.GetString(0));
        return current;
    }

    public long RecordFailure(DocumentSource source, string error, DocumentTimings timings)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(timings);
        using var transaction = _connection.BeginTransaction();
        DeleteEarlierLoads(source.Sha256, transaction);
        var id = InsertDocument(transaction, source, "failed", error, council: null, title: null, reportingPeriod: null,
            tableCount: 0, observationCount: 0, timings, extractorVersion: null);
        transaction.Commit();
        return id;
    }

    public void Dispose() => _connection.Dispose();

    // The observations go with the document row: the foreign key cascades.
    private void DeleteEarlierLoads(string sha256, SqliteTransaction transaction)
    {
        using var command = Command(transaction, "DELETE FROM document WHERE sha256 = $sha256");
        command.Parameters.AddWithValue("$sha256", sha256);
        command.ExecuteNonQuery();
    }

    private long InsertDocument(SqliteTransaction transaction, DocumentSource source, string status, string? error,
        string? council, string? title, string? reportingPeriod, int tableCount, int observationCount, DocumentTimings timings,
        string? extractorVersion)
    {
        using var command = Command(transaction, """
            INSERT INTO document (sha256, path, file_name, format, council, title, reporting_period, status, error,
                                  table_count, observation_count, read_ms, extract_ms, load_ms, size_bytes, loaded_at, extractor_version)
            VALUES ($sha256, $path, $fileName, $format, $council, $title, $reportingPeriod, $status, $error,
                    $tableCount, $observationCount, $readMs, $extractMs, $loadMs, $sizeBytes, $loadedAt, $extractorVersion)
            RETURNING id
            """);
        var p = command.Parameters;
        p.AddWithValue("$sha256", source.Sha256);
        p.AddWithValue("$path", source.Path);
        p.AddWithValue("$fileName", source.FileName);
        p.AddWithValue("$format", source.Format);
        p.AddWithValue("$council", NullIfEmpty(council));
        p.AddWithValue("$title", NullIfEmpty(title));
        p.AddWithValue("$reportingPeriod", NullIfEmpty(reportingPeriod));
        p.AddWithValue("$status", status);
        p.AddWithValue("$error", NullIfEmpty(error));
        p.AddWithValue("$tableCount", tableCount);
        p.AddWithValue("$observationCount", observationCount);
        p.AddWithValue("$readMs", Milliseconds(timings.Read));
        p.AddWithValue("$extractMs", Milliseconds(timings.Extract));
        p.AddWithValue("$loadMs", Milliseconds(timings.Load));
        p.AddWithValue("$sizeBytes", source.Length);
        p.AddWithValue("$loadedAt", StoreClock.UtcNowText());
        p.AddWithValue("$extractorVersion", NullIfEmpty(extractorVersion));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void InsertActions(SqliteTransaction transaction, long documentId, IReadOnlyList<Core.Observations.ActionItem> actions)
    {
        if (actions.Count == 0) return;
        using var command = Command(transaction, """
            INSERT INTO action (document_id, council, document, "table", "row", period_label, section, text, status)
            VALUES ($documentId, $council, $document, $table, $row, $period, $section, $text, $status)
            """);
        var p = command.Parameters;
        foreach (var name in new[] { "$documentId", "$council", "$document", "$table", "$row", "$period", "$section", "$text", "$status" })
            p.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        foreach (var action in actions)
        {
            p["$documentId"].Value = documentId;
            p["$council"].Value = NullIfEmpty(action.Council);
            p["$document"].Value = NullIfEmpty(action.Document);
            p["$table"].Value = action.Table;
            p["$row"].Value = action.Row;
            p["$period"].Value = NullIfEmpty(action.PeriodLabel);
            p["$section"].Value = NullIfEmpty(action.Section);
            p["$text"].Value = action.Text;
            p["$status"].Value = action.Status;
            command.ExecuteNonQuery();
        }
    }

    private void RecordLoadTime(SqliteTransaction transaction, long documentId, TimeSpan elapsed)
    {
        using var command = Command(transaction, "UPDATE document SET load_ms = $loadMs WHERE id = $id");
        command.Parameters.AddWithValue("$loadMs", Milliseconds(elapsed));
        command.Parameters.AddWithValue("$id", documentId);
        command.ExecuteNonQuery();
    }

    // The dates decide which report is the latest for a revised value (the observation_current view).
    private void RecordReportingPeriod(SqliteTransaction transaction, long documentId, Core.Observations.Period? period)
    {
        if (period is null) return;
        using var command = Command(transaction,
            "UPDATE document SET reporting_period_start = $start, reporting_period_end = $end WHERE id = $id");
        command.Parameters.AddWithValue("$start", Core.Observations.ObservationColumns.Date(period.Start));
        command.Parameters.AddWithValue("$end", Core.Observations.ObservationColumns.Date(period.End));
        command.Parameters.AddWithValue("$id", documentId);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static object NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? DBNull.Value : text;

    private static long Milliseconds(TimeSpan span) => (long)Math.Round(span.TotalMilliseconds, MidpointRounding.AwayFromZero);
}
