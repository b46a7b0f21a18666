using Ingest.Store;

namespace Ingest.Explorer.Series;

/// <summary>One council's row of a <see cref="CompareGrid"/>: a cell per period, null where it has no value.</summary>
public sealed record CompareGridRow(string Council, IReadOnlyList<SeriesPoint?> Cells);
