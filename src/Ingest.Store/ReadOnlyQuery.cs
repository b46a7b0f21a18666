using Ingest.Store.Database;
using Microsoft.Data.Sqlite;

namespace Ingest.Store;

/// <summary>
/// Runs a user's SQL (<c>ingest query</c>) on a connection SQLite itself opened read-only, so that no
/// statement, however written, can change the data. Only the first statement's rows are returned.
/// </summary>
public static class ReadOnlyQuery
{
    private const int SqliteReadOnly = 8;

    /// <exception cref="FileNotFoundException">There is no database at <paramref name="dbPath"/>.</exception>
    /// <exception cref="QueryException">The SQL is invalid, or tries to change the database.</exception>
    public static QueryResult Run(string dbPath, string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        using var connection = StoreConnections.OpenReadOnly(dbPath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<IReadOnlyList<string?>>();
            while (reader.Read())
            {
                var row = new string?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = SqliteValueText.Format(reader.GetValue(i));
                rows.Add(row);
            }
            // Run any statements after the first so that a trailing write is refused out loud, not silently
            // skipped; their rows are not returned.
            while (reader.NextResult()) { }
            return new QueryResult(columns, rows);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteReadOnly)
        {
            throw new QueryException(
                "the database is open read-only for queries: statements that change data (INSERT, UPDATE, DELETE, CREATE ...) are refused", e);
        }
        catch (SqliteException e)
        {
            throw new QueryException($"query failed: {e.Message}", e);
        }
    }
}
