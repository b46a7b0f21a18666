namespace Ingest.Store;

/// <summary>Rows of a query, each value as invariant text (REALs without trailing zeros), null for SQL NULL.</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);
