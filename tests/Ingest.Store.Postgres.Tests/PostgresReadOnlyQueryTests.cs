using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Postgres.Tests;

/// <summary>Read-only queries on PostgreSQL: the store's conformance suite.</summary>
[Collection(PostgresCollection.Name)]
[Engine(typeof(PostgresAvailability))]
public sealed class PostgresReadOnlyQueryTests(PostgresServer server) : ReadOnlyQueryConformance(new PostgresEngine(server));
