using Npgsql;

namespace Ingest.Store.Postgres;

/// <summary>
/// Picks the engine from what <c>--db</c> (or <c>INGEST_DB</c>) says: a <c>postgres://</c> or <c>postgresql://</c>
/// URL, or a key=value connection string naming a host, is PostgreSQL; anything else is a SQLite file.
/// </summary>
public static class StoreDatabases
{
    public const string EnvironmentVariable = "INGEST_DB";

    /// <exception cref="ArgumentException">A PostgreSQL URL or connection string that cannot be read (one line, for the user).</exception>
    public static IStoreDatabase Open(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        return IsPostgres(db) ? new PostgresDatabase(ConnectionString(db)) : new SqliteDatabase(db);
    }

    public static bool IsPostgres(string db) =>
        IsUrl(db) || db.Contains('=', StringComparison.Ordinal) && db.Split(';').Any(part =>
            part.Split('=', 2)[0].Trim() is var key &&
            (key.Equals("host", StringComparison.OrdinalIgnoreCase) || key.Equals("server", StringComparison.OrdinalIgnoreCase)));

    /// <summary>A Npgsql connection string for a URL (<c>postgres://user:password@host:port/database?sslmode=require</c>) or a connection string.</summary>
    public static string ConnectionString(string db)
    {
        if (!IsUrl(db))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(db).ConnectionString;
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"not a PostgreSQL connection string: {e.Message}", e);
            }
        }
        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new ArgumentException("not a PostgreSQL URL; expected postgres://user:password@host:port/database");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            try
            {
                // libpq spells it sslmode; Npgsql accepts "SSL Mode" and most other libpq names as they are.
                builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"PostgreSQL URL option '{key}': {e.Message}", e);
            }
        }
        return builder.ConnectionString;
    }

    private static bool IsUrl(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
}
