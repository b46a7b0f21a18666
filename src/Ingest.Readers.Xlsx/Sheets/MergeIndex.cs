namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>
/// The sheet's merged ranges, indexed by row so that "is this position covered?" is a dictionary
/// lookup and a short scan, not a pass over every merge. Rows past the sheet's last content row are
/// not indexed: a merge reaching to row 1,048,576 costs no more than the rows that hold data.
/// </summary>
internal sealed class MergeIndex
{
    private readonly Dictionary<(int Row, int Column), CellRange> _origins = [];
    private readonly Dictionary<int, List<CellRange>> _byRow = [];

    public MergeIndex(IReadOnlyList<CellRange> merges, int lastRow)
    {
        var kept = new List<CellRange>();
        foreach (var merge in merges)
        {
            if (merge.Top > lastRow || merge.IsSingleCell) continue;
            // Overlapping merges are invalid; the first one written wins.
            if (IsCovered(merge.Top, merge.Left) || _origins.ContainsKey((merge.Top, merge.Left))) continue;
            _origins[(merge.Top, merge.Left)] = merge;
            kept.Add(merge);
            for (var row = merge.Top; row <= Math.Min(merge.Bottom, lastRow); row++)
            {
                if (!_byRow.TryGetValue(row, out var list)) _byRow[row] = list = [];
                list.Add(merge);
            }
        }
        Ranges = kept;
    }

    public IReadOnlyList<CellRange> Ranges { get; }

    public bool IsEmpty => Ranges.Count == 0;

    /// <summary>The merge whose top-left cell is here, or null.</summary>
    public CellRange? OriginAt(int row, int column) =>
        _origins.TryGetValue((row, column), out var merge) ? merge : null;

    /// <summary>Inside a merge but not its top-left cell: the position shows the origin's content, not its own.</summary>
    public bool IsCovered(int row, int column)
    {
        if (!_byRow.TryGetValue(row, out var list)) return false;
        foreach (var merge in list)
            if (merge.Contains(row, column) && (merge.Top != row || merge.Left != column)) return true;
        return false;
    }

    /// <summary>Inside any merge, its origin included.</summary>
    public bool IsInside(int row, int column) =>
        _byRow.TryGetValue(row, out var list) && list.Exists(m => m.Contains(row, column));

    public IEnumerable<CellRange> StartingIn(int row) =>
        _byRow.TryGetValue(row, out var list) ? list.Where(m => m.Top == row) : [];
}
