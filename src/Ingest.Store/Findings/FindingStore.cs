using Ingest.Core.Observations;
using Ingest.Store.Database;
using Ingest.Store.Schema;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Findings;

/// <summary>
/// The <c>finding</c> table for <c>ingest check</c>: replaces the dataset checks' findings and reads all of them
/// back. Per-document findings are written by <see cref="SqliteObservationStore.SaveDocument"/> with their document.
/// </summary>
public static class FindingStore
{
    /// <summary>
    /// Deletes earlier dataset findings (of <paramref name="check"/> and <paramref name="council"/> when given) and
    /// stores <paramref name="findings"/> in their place, in one transaction. Opens (and migrates) the database.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no database at <paramref name="dbPath"/>.</exception>
    public static void ReplaceDatasetFindings(string dbPath, IReadOnlyList<Finding> findings, string? check = null, string? council = null)
    {
        StoreConnections.RequireDatabase(dbPath);
        using var connection = StoreConnections.OpenReadWrite(dbPath);
        new SchemaMigrator(StoreSchema.Migrations).Migrate(connection, Path.GetFullPath(dbPath));
        using var transaction = connection.BeginTransaction();
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = """
                DELETE FROM finding WHERE document_id IS NULL
                  AND ($check IS NULL OR check_name = $check) AND ($council IS NULL OR council = $council)
                """;
            delete.Parameters.AddWithValue("$check", (object?)check ?? DBNull.Value);
            delete.Parameters.AddWithValue("$council", (object?)council ?? DBNull.Value);
            delete.ExecuteNonQuery();
        }
        FindingRows.Insert(connection, transaction, null, findings);
        transaction.Commit();
    }

    /// <summary>Brings an existing database to the current schema (the finding table, the catalogue's columns).</summary>
    /// <exception cref="FileNotFoundException">There is no database at <paramref name="dbPath"/>.</exception>
    internal static void Migrate(string dbPath)
    {
        StoreConnections.RequireDatabase(dbPath);
        using var connection = StoreConnections.OpenReadWrite(dbPath);
        new SchemaMigrator(StoreSchema.Migrations).Migrate(connection, Path.GetFullPath(dbPath));
    }

    /// <summary>Every stored finding, ordered by check, council, document, table and row.</summary>
    public static IReadOnlyList<StoredFinding> Read(string dbPath, string? check = null, string? council = null)
    {
        using var connection = StoreConnections.OpenReadOnly(dbPath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT check_name, severity, message, council, indicator_key, period_label, document, "table", "row", document_id, created_at
            FROM finding
            WHERE ($check IS NULL OR check_name = $check) AND ($council IS NULL OR council = $council)
            ORDER BY check_name, council, document, "table", "row", id
            """;
        command.Parameters.AddWithValue("$check", (object?)check ?? DBNull.Value);
        command.Parameters.AddWithValue("$council", (object?)council ?? DBNull.Value);
        var found = new List<StoredFinding>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var severity = Enum.TryParse<FindingSeverity>(reader.GetString(1), ignoreCase: true, out var s) ? s : FindingSeverity.Warning;
            var finding = new Finding(reader.GetString(0), severity, reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5),
                Text(reader, 6), reader.IsDBNull(7) ? null : reader.GetInt32(7), reader.IsDBNull(8) ? null : reader.GetInt32(8));
            found.Add(new StoredFinding(finding, !reader.IsDBNull(9), reader.GetString(10)));
        }
        return found;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
