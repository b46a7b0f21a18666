using Ingest.Core.Tables;

namespace Ingest.Readers.Html;

/// <summary>
/// Places cells on the table grid as a browser does: each cell takes the first slot of its row not
/// covered by a rowspan from above; a rowspan stops at the end of its row group (thead, tbody, tfoot),
/// and rowspan="0" reaches exactly there. A merged cell appears once, with its spans, like Word's merges.
/// </summary>
internal sealed class HtmlTableGrid
{
    /// <summary>Far beyond any real table; a wider row is damaged or machine-made, and its excess is dropped.</summary>
    public const int MaxColumns = 1000;

    private readonly List<bool> _headers = [];
    private readonly List<CellDraft> _cells = [];
    private readonly List<int> _busyUntil = [];
    private int _groupFirstCell;
    private int _column;

    public int RowCount => _headers.Count;

    /// <summary>Cells that did not fit in <see cref="MaxColumns"/> and were dropped.</summary>
    public int DroppedCells { get; private set; }

    public void StartGroup()
    {
        EndGroup();
        _busyUntil.Clear();
        _groupFirstCell = _cells.Count;
    }

    public void StartRow(bool isDeclaredHeader)
    {
        _headers.Add(isDeclaredHeader);
        _column = 0;
    }

    /// <param name="rowSpan">0 reaches the end of the row group.</param>
    public void AddCell(IReadOnlyList<TextRun> runs, int columnSpan, int rowSpan, string? fill)
    {
        var row = RowCount - 1;
        while (_column < _busyUntil.Count && _busyUntil[_column] > row) _column++;
        if (_column >= MaxColumns)
        {
            DroppedCells++;
            return;
        }
        var span = Math.Min(Math.Max(1, columnSpan), MaxColumns - _column);
        _cells.Add(new CellDraft(row, _column, span, rowSpan, runs, fill));
        var busyUntil = rowSpan == 0 ? int.MaxValue : row + Math.Max(1, rowSpan);
        for (var c = _column; c < _column + span; c++)
        {
            while (_busyUntil.Count <= c) _busyUntil.Add(0);
            _busyUntil[c] = busyUntil;
        }
        _column += span;
    }

    /// <summary>
    /// The rows. The grid is as wide as the columns cells start in: a "span everything" colspan="100"
    /// does not add ninety empty columns, it spans the columns there are.
    /// </summary>
    public (IReadOnlyList<TableRow> Rows, int ColumnCount) Build()
    {
        EndGroup();
        var width = _cells.Count == 0 ? 0 : _cells.Max(c => c.Column) + 1;
        var byRow = _cells.ToLookup(c => c.Row);
        var rows = _headers.Select((header, index) => new TableRow(
                index,
                byRow[index].Select(d => new Cell(d.Row, d.Column, d.Runs, d.RowSpan,
                    Math.Min(d.ColumnSpan, width - d.Column), d.Fill)).ToArray(),
                header))
            .ToArray();
        return (rows, width);
    }

    /// <summary>Cuts the group's rowspans at its last row.</summary>
    private void EndGroup()
    {
        var groupEnd = RowCount;
        for (var i = _groupFirstCell; i < _cells.Count; i++)
        {
            var cell = _cells[i];
            var available = groupEnd - cell.Row;
            cell.RowSpan = cell.RequestedRowSpan == 0 ? available : Math.Min(cell.RequestedRowSpan, available);
        }
        _groupFirstCell = _cells.Count;
    }

    /// <summary>Mutable until its row group ends, because only then is the rowspan's reach known.</summary>
    private sealed class CellDraft(int row, int column, int columnSpan, int requestedRowSpan, IReadOnlyList<TextRun> runs, string? fill)
    {
        public int Row { get; } = row;
        public int Column { get; } = column;
        public int ColumnSpan { get; } = columnSpan;
        public int RequestedRowSpan { get; } = requestedRowSpan;
        public IReadOnlyList<TextRun> Runs { get; } = runs;
        public string? Fill { get; } = fill;
        public int RowSpan { get; set; } = 1;
    }
}
