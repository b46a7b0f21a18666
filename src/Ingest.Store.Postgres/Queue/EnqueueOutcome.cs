namespace Ingest.Store.Postgres.Queue;

/// <param name="Added">New content, now pending.</param>
/// <param name="Requeued">Content finished by another extractor version, pending again.</param>
/// <param name="Unchanged">Content already queued, running, or finished by this extractor version.</param>
public sealed record EnqueueOutcome(int Added, int Requeued, int Unchanged);
