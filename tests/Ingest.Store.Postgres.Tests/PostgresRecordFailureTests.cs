using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Postgres.Tests;

/// <summary>Failed documents on PostgreSQL: the store's conformance suite.</summary>
[Collection(PostgresCollection.Name)]
[Engine(typeof(PostgresAvailability))]
public sealed class PostgresRecordFailureTests(PostgresServer server) : RecordFailureConformance(new PostgresEngine(server));
