namespace Ingest.Core.Tables;

/// <param name="IsDeclaredHeader">The source marked this row as a header (Word's "repeat as header row", HTML &lt;thead&gt;).</param>
public sealed record TableRow(int Index, IReadOnlyList<Cell> Cells, bool IsDeclaredHeader = false);
