using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>A cell found on a page, before it becomes a model cell: grid place, box, fill, words.</summary>
internal sealed class GridCell(int row, int column, int rowSpan, int columnSpan, BoundingBox box, int page)
{
    public int Row { get; set; } = row;
    public int Column { get; set; } = column;
    public int RowSpan { get; set; } = rowSpan;
    public int ColumnSpan { get; set; } = columnSpan;
    public BoundingBox Box { get; } = box;
    public int Page { get; } = page;
    public string? Fill { get; set; }
    public List<Word> Words { get; } = [];

    /// <summary>More words from the part of this cell printed on the next page (a row split by a page break).</summary>
    public List<List<Word>> Continuations { get; } = [];

    public bool IsEmpty => Words.Count == 0 && Continuations.All(c => c.Count == 0);
}

/// <summary>A table found on one page (or several, once continued), in its first page's frame.</summary>
internal sealed class GridTable(int page, PageFrame frame, BoundingBox box, IReadOnlyList<double> columnEdges, bool ruled)
{
    /// <summary>y of the row boundaries on the first page, top to bottom (rows + 1 values), in the frame.</summary>
    public IReadOnlyList<double> RowEdges { get; set; } = [];

    public int Page { get; } = page;
    public PageFrame Frame { get; } = frame;
    public BoundingBox Box { get; set; } = box;

    /// <summary>x of the column boundaries, left to right (columns + 1 values), in the frame.</summary>
    public IReadOnlyList<double> ColumnEdges { get; private set; } = columnEdges;

    public bool Ruled { get; } = ruled;

    /// <summary>
    /// For a table whose columns come from gutters (no vertical rules): the clear stretch each inner edge
    /// was placed in, left to right. Where an edge sits in its gutter depends on the words around it (a
    /// header reaching in), so two parts of one table on two pages agree on their gutters, not their edges.
    /// </summary>
    public IReadOnlyList<(double Left, double Right)>? Gutters { get; init; }

    public List<GridCell> Cells { get; } = [];
    public int RowCount { get; set; }
    public int ColumnCount => ColumnEdges.Count - 1;

    /// <summary>Rows whose origin the first page's repeated header rows mark as the table's header.</summary>
    public HashSet<int> DeclaredHeaderRows { get; } = [];

    /// <summary>Frames of the later pages the table continues on, by page number.</summary>
    public Dictionary<int, PageFrame> ContinuationFrames { get; } = [];

    /// <summary>
    /// Places the cells on <paramref name="finer"/>, a grid holding every column edge of this one (each within
    /// <paramref name="tolerance"/>) and more: a cell keeps its sides and spans the new columns between them.
    /// </summary>
    public void Regrid(IReadOnlyList<double> finer, double tolerance)
    {
        var map = ColumnEdges.Select(x => Enumerable.Range(0, finer.Count).First(i => Math.Abs(finer[i] - x) <= tolerance)).ToList();
        foreach (var cell in Cells)
        {
            var left = map[cell.Column];
            cell.ColumnSpan = map[cell.Column + cell.ColumnSpan] - left;
            cell.Column = left;
        }
        ColumnEdges = finer;
        _owners = null;
    }

    /// <summary>
    /// Places an unruled table's words on other column edges, cell by cell of each row, when no word crosses one of
    /// them and no cell spans rows; false, and nothing changed, otherwise.
    /// </summary>
    public bool PlaceOn(IReadOnlyList<double> edges)
    {
        if (Ruled || Cells.Any(c => c.RowSpan != 1 || c.Continuations.Count > 0)) return false;
        var inner = edges.Skip(1).Take(edges.Count - 2).ToList();
        if (Cells.SelectMany(c => c.Words).Any(w => inner.Any(e => w.Box.Left < e - 1 && w.Box.Right > e + 1))) return false;
        var placed = new List<GridCell>();
        foreach (var row in Cells.GroupBy(c => c.Row))
        {
            var (top, bottom) = (row.Min(c => c.Box.Top), row.Max(c => c.Box.Bottom));
            for (var c = 0; c < edges.Count - 1; c++)
            {
                var (left, right) = (edges[c], edges[c + 1]);
                var middle = (left + right) / 2;
                var cell = new GridCell(row.Key, c, 1, 1, new BoundingBox(left, top, right, bottom), Page)
                {
                    Fill = row.FirstOrDefault(o => o.Box.Left <= middle && o.Box.Right >= middle)?.Fill,
                };
                cell.Words.AddRange(row.SelectMany(o => o.Words)
                    .Where(w => Slot(edges, w.CentreX) == c || c == 0 && w.CentreX < left || c == edges.Count - 2 && w.CentreX > right));
                placed.Add(cell);
            }
        }
        Cells.Clear();
        Cells.AddRange(placed);
        ColumnEdges = edges;
        _owners = null;
        return true;
    }

    public IEnumerable<GridCell> RowCells(int row) => Cells.Where(c => c.Row == row).OrderBy(c => c.Column);

    /// <summary>The first-page cell covering a point of the frame, found through the grid, or null outside.</summary>
    public GridCell? CellAt(double x, double y)
    {
        var column = Slot(ColumnEdges, x);
        var row = Slot(RowEdges, y);
        if (column < 0 || row < 0) return null;
        _owners ??= Owners();
        return _owners[row, column];
    }

    private GridCell?[,]? _owners;

    private GridCell?[,] Owners()
    {
        var owners = new GridCell?[RowEdges.Count - 1, ColumnCount];
        foreach (var cell in Cells.Where(c => c.Page == Page))
            for (var r = cell.Row; r < Math.Min(cell.Row + cell.RowSpan, RowEdges.Count - 1); r++)
            for (var c = cell.Column; c < Math.Min(cell.Column + cell.ColumnSpan, ColumnCount); c++)
                owners[r, c] = cell;
        return owners;
    }

    /// <summary>The index of the interval of <paramref name="edges"/> holding <paramref name="value"/>, or -1.</summary>
    private static int Slot(IReadOnlyList<double> edges, double value)
    {
        if (edges.Count < 2 || value < edges[0] || value > edges[^1]) return -1;
        int low = 0, high = edges.Count - 2;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (edges[mid] <= value) low = mid;
            else high = mid - 1;
        }
        return low;
    }
}
