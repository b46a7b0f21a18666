namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>The sorted cells of a sheet, sliced by row without copying.</summary>
internal sealed class RowSlices
{
    private readonly IReadOnlyList<SheetCell> _cells;
    private readonly Dictionary<int, (int Start, int Count)> _rows = [];

    private RowSlices(IReadOnlyList<SheetCell> cells)
    {
        _cells = cells;
        var rowNumbers = new List<int>();
        for (var i = 0; i < cells.Count;)
        {
            var start = i;
            var row = cells[i].Row;
            while (i < cells.Count && cells[i].Row == row) i++;
            _rows[row] = (start, i - start);
            rowNumbers.Add(row);
        }
        RowNumbers = rowNumbers;
    }

    /// <summary>Rows that hold at least one cell, ascending.</summary>
    public IReadOnlyList<int> RowNumbers { get; }

    public static RowSlices Of(IReadOnlyList<SheetCell> sortedCells) => new(sortedCells);

    public IEnumerable<SheetCell> Cells(int row)
    {
        if (!_rows.TryGetValue(row, out var slice)) yield break;
        for (var i = slice.Start; i < slice.Start + slice.Count; i++) yield return _cells[i];
    }

    public bool HasCellAt(int row, int column)
    {
        if (!_rows.TryGetValue(row, out var slice)) return false;
        // Binary search: a row of a wide sheet can hold hundreds of cells.
        int low = slice.Start, high = slice.Start + slice.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var found = _cells[middle].Column;
            if (found == column) return true;
            if (found < column) low = middle + 1;
            else high = middle - 1;
        }
        return false;
    }
}
