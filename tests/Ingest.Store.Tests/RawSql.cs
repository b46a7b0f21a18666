using Microsoft.Data.Sqlite;

namespace Ingest.Store.Tests;

/// <summary>Writes straight to a database file, to set up states the store itself would never produce.</summary>
public static class RawSql
{
    public static void Execute(string dbPath, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
