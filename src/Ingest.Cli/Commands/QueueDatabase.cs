using Ingest.Store.Postgres;

namespace Ingest.Cli.Commands;

/// <summary>The queue commands need PostgreSQL: a SQLite file has no queue (and `ingest run` is its way to load).</summary>
internal static class QueueDatabase
{
    public static PostgresDatabase? Require(string db, string command)
    {
        var database = CommonOptions.OpenDatabase(db);
        if (database is null) return null;
        if (database is PostgresDatabase postgres) return postgres;
        Console.Error.WriteLine(
            $"'ingest {command}' needs a PostgreSQL --db (postgres://user:password@host:port/database or $INGEST_DB); " +
            $"{db} is a SQLite file: use 'ingest run' there");
        return null;
    }

    /// <summary>Whether an error is the server being unreachable or refusing us, for a one-line message.</summary>
    public static bool IsConnectionError(Exception e) =>
        e is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException;
}
