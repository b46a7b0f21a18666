using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Postgres.Tests;

/// <summary>Export on PostgreSQL: the store's conformance suite.</summary>
[Collection(PostgresCollection.Name)]
[Engine(typeof(PostgresAvailability))]
public sealed class PostgresObservationExportTests(PostgresServer server) : ObservationExportConformance(new PostgresEngine(server));
