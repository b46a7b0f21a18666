using System.Globalization;
using Ingest.Core.Observations;
using Ingest.Core.Pipeline;
using Ingest.Store.Database;
using Ingest.Store.Postgres.Schema;
using Npgsql;

namespace Ingest.Store.Postgres;

/// <summary>A PostgreSQL database (and schema, from the connection's search path) holding one dataset.</summary>
public sealed class PostgresDatabase : IStoreDatabase
{
    public PostgresDatabase(string connectionString)
    {
        ConnectionString = new NpgsqlConnectionStringBuilder(connectionString).ConnectionString;
        var shown = new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null };
        Name = $"postgres://{shown.Username}@{shown.Host}:{shown.Port}/{shown.Database}" +
               (string.IsNullOrEmpty(shown.SearchPath) ? "" : $" (schema {shown.SearchPath})");
    }

    public string ConnectionString { get; }

    public string Name { get; }

    public IObservationStore OpenStore() => PostgresObservationStore.Open(this);

    /// <summary>A connection to a database brought up to the newest schema.</summary>
    public NpgsqlConnection OpenMigrated()
    {
        var connection = Connect();
        try
        {
            new PostgresSchemaMigrator(PostgresSchema.Migrations).Migrate(connection, Name);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// The user's SQL in a READ ONLY transaction that is rolled back afterwards, so a statement that changes data
    /// is refused by the server. (It guards against mistakes; analysts sharing a server should also log in
    /// with a role that has only SELECT.)
    /// </summary>
    public QueryResult Query(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        try
        {
            using var connection = Connect();
            using var transaction = connection.BeginTransaction();
            using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction)) readOnly.ExecuteNonQuery();
            // Every value as the server's text: a numeric beyond decimal's range (1e-30) still prints.
            using var command = new NpgsqlCommand(sql, connection, transaction) { AllResultTypesAreUnknown = true };
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<IReadOnlyList<string?>>();
            while (reader.Read())
            {
                var row = new string?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : QueryText(reader.GetDataTypeName(i), reader.GetString(i));
                rows.Add(row);
            }
            while (reader.NextResult()) { }
            return new QueryResult(columns, rows);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction)
        {
            throw new QueryException(
                "the database is open read-only for queries: statements that change data (INSERT, UPDATE, DELETE, CREATE ...) are refused", e);
        }
        catch (PostgresException e)
        {
            throw new QueryException($"query failed: {e.MessageText}", e);
        }
    }

    public IEnumerable<IReadOnlyList<string>> Export()
    {
        using var connection = Connect();
        var columns = string.Join(", ", ObservationColumns.Names.Select(n => "o." + ObservationTable.Quote(n)));
        // COLLATE "C": file names in byte order, as SQLite sorts them, whatever the server's locale.
        using var command = new NpgsqlCommand($"""
            SELECT {columns}
            FROM observation o JOIN document d ON d.id = o.document_id
            ORDER BY d.file_name COLLATE "C", o."table", o."row", o.period_start COLLATE "C", o.id
            """, connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = ValueText(reader, i) ?? "";
            yield return row;
        }
    }

    public IReadOnlyList<DocumentStatus> Documents()
    {
        using var connection = Connect();
        using var command = new NpgsqlCommand("""
            SELECT id, file_name, council, status, error, table_count, observation_count
            FROM document
            ORDER BY file_name COLLATE "C", id
            """, connection);
        using var reader = command.ExecuteReader();
        var documents = new List<DocumentStatus>();
        while (reader.Read())
            documents.Add(new DocumentStatus(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? "" : reader.GetString(2),
                reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6)));
        return documents;
    }

    public IReadOnlyList<SeriesPoint> CouncilSeries(string council)
    {
        using var connection = OpenMigrated();
        return Database.PostgresCouncilSeries.Read(connection, council);
    }

    /// <summary>A value as SQLite's queries print it: invariant, reals in their shortest exact form, numerics without trailing zeros.</summary>
    private static string? ValueText(NpgsqlDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal)) return null;
        return reader.GetValue(ordinal) switch
        {
            decimal d => ObservationColumns.Number(d),
            double d => SqliteValueText.Real(d),
            var value => SqliteValueText.Format(value),
        };
    }

    /// <summary>A query's value, from the server's text, printed as SQLite's queries print it.</summary>
    private static string QueryText(string type, string text) => type switch
    {
        "numeric" when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
                     // decimal reads magnitudes below 1e-28 as 0: those go through double.
                     && (exact != 0m || !text.Any(c => c is >= '1' and <= '9')) => ObservationColumns.Number(exact),
        "numeric" or "double precision" or "real" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) =>
            SqliteValueText.Real(real),
        "boolean" => text == "t" ? "1" : "0",
        _ => text,
    };
}
