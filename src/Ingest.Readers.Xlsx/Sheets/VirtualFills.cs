namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>
/// Fills that come from a whole row or column being formatted rather than from a cell: Excel writes
/// no c element for such a position, yet it shows the colour (a RAG column coloured as a block).
/// A row's format wins over its column's, as in Excel.
/// </summary>
internal sealed class VirtualFills(SheetContent content, MergeIndex merges)
{
    public bool Any => content.RowFills.Count > 0 || content.ColumnFills.Count > 0;

    public string? At(int row, int column)
    {
        if (content.RowFills.TryGetValue(row, out var rowFill)) return rowFill;
        foreach (var columnFill in content.ColumnFills)
            if (column >= columnFill.Left && column <= columnFill.Right) return columnFill.Fill;
        return null;
    }

    /// <summary>Positions of a table row between left and right with no cell and no merge, that such a format colours.</summary>
    public IEnumerable<(int Column, string Fill)> Row(int row, int left, int right, RowSlices rows)
    {
        for (var column = left; column <= right; column++)
        {
            if (rows.HasCellAt(row, column) || merges.IsInside(row, column)) continue;
            if (At(row, column) is { } fill) yield return (column, fill);
        }
    }
}
