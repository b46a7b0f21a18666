using Ingest.Store.Tests.Conformance;

namespace Ingest.Store.Postgres.Tests;

/// <summary>The conformance suite's view of <see cref="PostgresServer.UnavailableReason"/>.</summary>
public sealed class PostgresAvailability : IEngineAvailability
{
    public string? UnavailableReason => PostgresServer.UnavailableReason();
}
