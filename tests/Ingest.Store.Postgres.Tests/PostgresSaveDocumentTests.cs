using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Postgres.Tests;

/// <summary>Loading documents on PostgreSQL: the store's conformance suite.</summary>
[Collection(PostgresCollection.Name)]
[Engine(typeof(PostgresAvailability))]
public sealed class PostgresSaveDocumentTests(PostgresServer server) : SaveDocumentConformance(new PostgresEngine(server));
