namespace Ingest.Store.Postgres.Tests;

/// <summary>A test that needs a real PostgreSQL: skipped, saying why, where none can start (never in CI, where it fails instead).</summary>
public sealed class RequiresPostgresFactAttribute : FactAttribute
{
    public RequiresPostgresFactAttribute()
    {
        if (PostgresServer.UnavailableReason() is { } reason) Skip = reason;
    }
}
