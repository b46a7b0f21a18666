namespace Ingest.Store.Schema;

/// <summary>One forward step of the schema. Once released, a migration's SQL never changes: new needs get a new version.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
