using Ingest.Core.Observations;

namespace Ingest.Extraction;

/// <summary>What extraction found in one document, with a note for every table it did not use.</summary>
public sealed record ExtractionResult(
    string Council,
    string? Title,
    Period? ReportingPeriod,
    int TableCount,
    IReadOnlyList<TableReport> Tables,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<ActionItem> Actions);

/// <param name="Reason">Why a table was not read as a scorecard; null when it was.</param>
public sealed record TableReport(int Index, int Rows, bool IsScorecard, string? Reason, int Observations, int Actions = 0);
