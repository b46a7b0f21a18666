using Ingest.Store.Database;
using Ingest.Store.Schema;
using Npgsql;

namespace Ingest.Store.Postgres.Schema;

/// <summary>
/// Brings a PostgreSQL database (its current schema, from the search path) up to the newest schema, all
/// missing steps in one transaction (PostgreSQL's DDL is transactional), recording each in <c>schema_version</c>.
/// Only forward: a database from a newer program is refused.
/// </summary>
internal sealed class PostgresSchemaMigrator(IReadOnlyList<Migration> migrations)
{
    // Workers on several machines start together against a new database: an advisory lock taken for the
    // transaction makes the second wait for the first and then find nothing left to do.
    private const long MigrationLock = 0x696e67657374; // "ingest"

    public int LatestVersion => migrations.Count == 0 ? 0 : migrations[^1].Version;

    public void Migrate(NpgsqlConnection connection, string databaseName)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        Execute(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL)");
        int current;
        using (var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection, transaction))
            current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > LatestVersion)
            throw new InvalidOperationException(
                $"database {databaseName} has schema version {current}, newer than the newest this program knows ({LatestVersion}); " +
                "use a newer ingest or a different database");
        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            try
            {
                Execute(connection, transaction, migration.Sql);
            }
            catch (PostgresException e)
            {
                throw new InvalidOperationException(
                    $"schema migration {migration.Version} ({migration.Description}) failed: {e.MessageText}", e);
            }
            using var record = new NpgsqlCommand(
                "INSERT INTO schema_version (version, applied_at, description) VALUES ($1, $2, $3)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = migration.Version });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = StoreClock.UtcNowText() });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = migration.Description });
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
