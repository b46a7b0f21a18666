using Microsoft.Data.Sqlite;

namespace Ingest.Store.Database;

/// <summary>How the store opens its database file, for writing (the pipeline) or for reading only (query, export).</summary>
internal static class StoreConnections
{
    public static SqliteConnection OpenReadWrite(string dbPath)
    {
        var fullPath = Path.GetFullPath(dbPath);
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            // A command-line program: no pool keeping the file open after Dispose, so the WAL is checkpointed on close.
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // WAL lets 'ingest query' read while a run is loading.
            command.CommandText = "PRAGMA journal_mode = WAL";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <exception cref="FileNotFoundException">There is no database file at <paramref name="dbPath"/>.</exception>
    public static SqliteConnection OpenReadOnly(string dbPath)
    {
        var fullPath = RequireDatabase(dbPath);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The database's full path; fails when it does not exist (read-only opening must not create it).</summary>
    public static string RequireDatabase(string dbPath)
    {
        var fullPath = Path.GetFullPath(dbPath);
        if (!File.Exists(fullPath))
            throw new FileNotFoundException($"no database at {fullPath}; run 'ingest run' first", fullPath);
        return fullPath;
    }
}
