namespace Ingest.Core.Tables;

/// <summary>
/// A table on a rectangular grid. <see cref="Context"/> holds the paragraphs and headings just before
/// the table (nearest last): they carry council, period and section context.
/// A class rather than a record because it owns a derived grid index.
/// </summary>
public sealed class Table
{
    private readonly Cell?[,] _grid;

    /// <param name="index">1-based position of the table in the document, in reading order.</param>
    public Table(int index, IReadOnlyList<TableRow> rows, int columnCount, IReadOnlyList<string> context, int? page = null)
    {
        Index = index;
        Rows = rows;
        ColumnCount = columnCount;
        Context = context;
        Page = page;
        _grid = BuildGrid(rows, columnCount);
    }

    public int Index { get; }
    public IReadOnlyList<TableRow> Rows { get; }
    public int ColumnCount { get; }
    public IReadOnlyList<string> Context { get; }

    /// <summary>First page the table appears on, where the format has pages.</summary>
    public int? Page { get; }

    public int RowCount => Rows.Count;

    /// <summary>The cell covering a grid position (a merged cell covers every position of its span), or null.</summary>
    public Cell? CellAt(int row, int column) =>
        row < 0 || row >= RowCount || column < 0 || column >= ColumnCount ? null : _grid[row, column];

    /// <summary>The cell that starts at this grid position, or null when the position is covered by a span or empty.</summary>
    public Cell? OriginAt(int row, int column)
    {
        var cell = CellAt(row, column);
        return cell is not null && cell.Row == row && cell.Column == column ? cell : null;
    }

    public string TextAt(int row, int column) => CellAt(row, column)?.CleanText ?? string.Empty;

    private static Cell?[,] BuildGrid(IReadOnlyList<TableRow> rows, int columnCount)
    {
        var grid = new Cell?[rows.Count, columnCount];
        foreach (var row in rows)
        foreach (var cell in row.Cells)
            for (var r = cell.Row; r < Math.Min(rows.Count, cell.Row + cell.RowSpan); r++)
            for (var c = cell.Column; c < Math.Min(columnCount, cell.Column + cell.ColumnSpan); c++)
                grid[r, c] = cell;
        return grid;
    }
}
