namespace Ingest.Explorer.Data;

/// <summary>A loaded document as the store recorded it: where its file was read from and what format it is.</summary>
public sealed record StoredDocument(long Id, string Path, string FileName, string Format, string Title);
