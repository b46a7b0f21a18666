namespace Ingest.Store.Postgres.Queue;

/// <summary>A claimed job: the content to load, where to read it, and how many times it has been claimed (this one included).</summary>
public sealed record Job(long Id, string Sha256, string Path, int Attempts);
