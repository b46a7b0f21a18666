using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Postgres.Tests;

/// <summary>The current view on PostgreSQL: the store's conformance suite.</summary>
[Collection(PostgresCollection.Name)]
[Engine(typeof(PostgresAvailability))]
public sealed class PostgresCurrentViewTests(PostgresServer server) : CurrentViewConformance(new PostgresEngine(server));
