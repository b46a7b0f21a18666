using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Postgres.Tests;

/// <summary>The document summary on PostgreSQL: the store's conformance suite.</summary>
[Collection(PostgresCollection.Name)]
[Engine(typeof(PostgresAvailability))]
public sealed class PostgresDocumentSummaryTests(PostgresServer server) : DocumentSummaryConformance(new PostgresEngine(server));
