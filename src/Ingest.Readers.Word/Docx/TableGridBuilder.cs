using Ingest.Core.Tables;

namespace Ingest.Readers.Docx;

/// <summary>
/// Places Word's cells on the table grid, row by row, in one pass. Word describes merges locally
/// (a cell spans N grid columns; a cell restarts or continues a vertical merge), so the builder keeps
/// the vertical merges still open from the row above, keyed by grid column.
/// </summary>
internal sealed class TableGridBuilder
{
    /// <summary>Word allows 63 columns; anything far beyond that is a damaged file, not a table.</summary>
    public const int MaxColumns = 256;

    private readonly List<List<CellDraft>> _rows = [];
    private readonly List<bool> _headers = [];
    private Dictionary<int, CellDraft> _openMerges = [];
    private Dictionary<int, CellDraft> _nextOpenMerges = [];
    private List<CellDraft> _currentRow = [];
    private int _column;

    public int Width { get; private set; }

    /// <summary>Cells that did not fit in <see cref="MaxColumns"/> and were dropped.</summary>
    public int DroppedCells { get; private set; }

    private int RowIndex => _rows.Count - 1;

    public void StartRow(int gridBefore, bool isDeclaredHeader)
    {
        _currentRow = [];
        _rows.Add(_currentRow);
        _headers.Add(isDeclaredHeader);
        _nextOpenMerges = [];
        _column = Math.Max(0, gridBefore);
    }

    /// <summary>
    /// A w:vMerge continuation cell: extends the merge open at the current column and returns true,
    /// or returns false when nothing above is open there (the caller then adds it as a cell that
    /// starts a merge, which is how Word shows such a cell).
    /// </summary>
    public bool TryContinueMerge(int columnSpan)
    {
        if (!_openMerges.TryGetValue(_column, out var origin)) return false;
        origin.RowSpan++;
        _nextOpenMerges[_column] = origin;
        _column += Math.Max(1, columnSpan);
        return true;
    }

    public void AddCell(IReadOnlyList<TextRun> runs, int columnSpan, string? fill, bool startsMerge)
    {
        var span = Math.Max(1, columnSpan);
        if (_column >= MaxColumns)
        {
            DroppedCells++;
            return;
        }
        span = Math.Min(span, MaxColumns - _column);
        var draft = new CellDraft(RowIndex, _column, span, runs, fill);
        _currentRow.Add(draft);
        if (startsMerge) _nextOpenMerges[_column] = draft;
        _column += span;
    }

    public void EndRow(int gridAfter)
    {
        Width = Math.Max(Width, Math.Min(MaxColumns, _column + Math.Max(0, gridAfter)));
        // A merge only continues into the next row if this row continued or started it.
        _openMerges = _nextOpenMerges;
    }

    /// <summary>
    /// The rows, and the table's width in columns. A grid line inside the table that no cell starts or ends
    /// at is dropped: Word keeps grid columns that only another table or an old edit used, and nothing on
    /// the page shows them, so the cells either side of one are one column, as a reader sees it.
    /// </summary>
    public (IReadOnlyList<TableRow> Rows, int Width) Build(int declaredColumns)
    {
        var width = Math.Max(declaredColumns, Width);
        var used = new HashSet<int> { 0 };
        foreach (var draft in _rows.SelectMany(r => r))
        {
            used.Add(draft.Column);
            used.Add(draft.Column + draft.ColumnSpan);
        }
        // Columns a row leaves empty before or after its cells (gridBefore/gridAfter) still stand.
        var blank = Enumerable.Range(1, Math.Max(0, Width - 1)).Where(edge => !used.Contains(edge)).ToHashSet();
        int Kept(int edge) => edge - blank.Count(b => b <= edge);
        var rows = _rows.Select((cells, index) => new TableRow(
                index,
                cells.Select(d => new Cell(d.Row, Kept(d.Column), d.Runs, d.RowSpan, Kept(d.Column + d.ColumnSpan) - Kept(d.Column), d.Fill)).ToArray(),
                _headers[index]))
            .ToArray();
        return (rows, width - blank.Count);
    }

    /// <summary>Mutable until the table is complete, because a later row can still extend the row span.</summary>
    private sealed class CellDraft(int row, int column, int columnSpan, IReadOnlyList<TextRun> runs, string? fill)
    {
        public int Row { get; } = row;
        public int Column { get; } = column;
        public int ColumnSpan { get; } = columnSpan;
        public IReadOnlyList<TextRun> Runs { get; } = runs;
        public string? Fill { get; } = fill;
        public int RowSpan { get; set; } = 1;
    }
}
