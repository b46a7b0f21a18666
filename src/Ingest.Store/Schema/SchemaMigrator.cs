using System.Globalization;
using Ingest.Store.Database;
using Microsoft.Data.Sqlite;

namespace Ingest.Store.Schema;

/// <summary>
/// Brings a database up to the newest schema this program knows, one migration per transaction, recording
/// each in <c>schema_version</c>. It only moves forward: a database from a newer program is refused rather
/// than guessed at.
/// </summary>
internal sealed class SchemaMigrator
{
    private readonly IReadOnlyList<Migration> _migrations;

    public SchemaMigrator(IReadOnlyList<Migration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            var previous = i == 0 ? 0 : migrations[i - 1].Version;
            if (migrations[i].Version <= previous)
                throw new ArgumentException(
                    $"migrations must have increasing positive versions; {migrations[i].Version} follows {previous}", nameof(migrations));
        }
        _migrations = migrations;
    }

    public int LatestVersion => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    /// <param name="databaseName">How to name the database in error messages.</param>
    public void Migrate(SqliteConnection connection, string databaseName)
    {
        Execute(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL)");
        var current = CurrentVersion(connection, null);
        if (current > LatestVersion)
            throw new InvalidOperationException(
                $"database {databaseName} has schema version {current}, newer than the newest this program knows ({LatestVersion}); " +
                "use a newer ingest or a different database file");
        foreach (var migration in _migrations.Where(m => m.Version > current))
            Apply(connection, migration);
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Apply(SqliteConnection connection, Migration migration)
    {
        // BeginTransaction is BEGIN IMMEDIATE: holding the write lock before re-reading the version means two
        // programs opening a new database together cannot both apply the same step.
        using var transaction = connection.BeginTransaction();
        if (CurrentVersion(connection, transaction) >= migration.Version) return;
        try
        {
            Execute(connection, transaction, migration.Sql);
        }
        catch (SqliteException e)
        {
            throw new InvalidOperationException(
                $"schema migration {migration.Version} ({migration.Description}) failed: {e.Message}", e);
        }
        using (var record = connection.CreateCommand())
        {
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, applied_at, description) VALUES ($version, $appliedAt, $description)";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$appliedAt", StoreClock.UtcNowText());
            record.Parameters.AddWithValue("$description", migration.Description);
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
