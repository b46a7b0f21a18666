namespace Ingest.Store.Postgres.Tests;

/// <summary>One server for every PostgreSQL test class of the assembly: starting one takes a second or two.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
