using Ingest.Store.Tests.Conformance;
using Npgsql;

namespace Ingest.Store.Postgres.Tests;

/// <summary>The conformance suite's PostgreSQL: a fresh schema on the shared test server, dropped afterwards.</summary>
public sealed class PostgresEngine : StoreEngine
{
    private readonly PostgresServer _server;

    public PostgresEngine(PostgresServer server)
    {
        _server = server;
        ConnectionString = server.CreateSchema();
        Postgres = new PostgresDatabase(ConnectionString);
    }

    public string ConnectionString { get; }

    public PostgresDatabase Postgres { get; }

    public override IStoreDatabase Database => Postgres;

    public override bool IsCheckViolation(Exception error) =>
        error is PostgresException { SqlState: PostgresErrorCodes.CheckViolation };

    public override void Dispose() => _server.DropSchema(ConnectionString);
}
