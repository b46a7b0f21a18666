using Ingest.Core.Observations;

namespace Ingest.Store.Findings;

/// <summary>A finding as stored, with whether a per-document check (run at load) or a dataset check produced it.</summary>
public sealed record StoredFinding(Finding Finding, bool FromDocumentCheck, string CreatedAt);
