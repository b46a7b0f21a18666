using Ingest.Core.Pipeline;
using Ingest.Core.Tables;
using Ingest.Store.Postgres.Database;
using Npgsql;

namespace Ingest.Store.Postgres;

/// <summary>
/// The pipeline's store on PostgreSQL: the same tables, view and behaviour as the SQLite store, one
/// transaction per document, observations through binary COPY. Holds one connection; one thread at a time.
/// </summary>
public sealed class PostgresObservationStore : IObservationStore
{
    private readonly NpgsqlConnection _connection;

    private PostgresObservationStore(NpgsqlConnection connection) => _connection = connection;

    /// <summary>Connects and migrates.</summary>
    /// <exception cref="InvalidOperationException">The database was written by a newer schema, or a migration failed.</exception>
    /// <exception cref="NpgsqlException">The server cannot be reached or refuses the login.</exception>
    public static PostgresObservationStore Open(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new PostgresObservationStore(database.OpenMigrated());
    }

    public long SaveDocument(DocumentLoad load)
    {
        using var transaction = _connection.BeginTransaction();
        var id = DocumentRows.Save(_connection, transaction, load);
        transaction.Commit();
        return id;
    }

    public IReadOnlySet<string> CurrentContent(string extractorVersion) => DocumentRows.CurrentContent(_connection, extractorVersion);

    public long RecordFailure(DocumentSource source, string error, DocumentTimings timings)
    {
        using var transaction = _connection.BeginTransaction();
        var id = DocumentRows.RecordFailure(_connection, transaction, source, error, timings);
        transaction.Commit();
        return id;
    }

    public void Dispose() => _connection.Dispose();
}
