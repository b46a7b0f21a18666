namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>Everything a worksheet part holds that the table builder uses.</summary>
/// <param name="Cells">Cells with text or a fill, sorted by row then column, one per position.</param>
/// <param name="RowFills">Fills of rows formatted as a whole (row s with customFormat), for positions without a c element.</param>
/// <param name="ColumnFills">Fills of columns formatted as a whole (col style), likewise.</param>
/// <param name="FormulasWithoutValue">Formula cells saved without a cached value, which read as empty.</param>
internal sealed record SheetContent(
    IReadOnlyList<SheetCell> Cells,
    IReadOnlyList<CellRange> Merges,
    IReadOnlyDictionary<int, string> RowFills,
    IReadOnlyList<ColumnFill> ColumnFills,
    int FormulasWithoutValue,
    int CellsOutsideGrid);
