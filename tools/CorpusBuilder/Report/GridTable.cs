using CorpusBuilder.Word;

namespace CorpusBuilder.Report;

/// <summary>How a cell takes part in a vertical merge: Word's vMerge restart/continue, HTML's rowspan, an XLSX merged range.</summary>
internal enum RowMerge { None, Restart, Continue }

/// <summary>
/// One cell of a format-neutral table. A cell that continues a vertical merge holds no content of its own;
/// the renderers turn a Restart and the Continue cells below it into one merged cell.
/// </summary>
/// <param name="Fill">Background colour RRGGBB, or null for none.</param>
/// <param name="Vertical">Text printed sideways, bottom to top (Word's btLr), as merged group names often are.</param>
internal sealed record GridCell(
    IReadOnlyList<IInline> Content,
    int ColSpan = 1,
    string? Fill = null,
    bool Vertical = false,
    RowMerge Merge = RowMerge.None)
{
    public static GridCell Text(string text, bool bold = false, string? fill = null, string? colour = null, int span = 1) =>
        new(text.Length == 0 ? [] : [new TextPiece(text, Bold: bold, Colour: colour)], span, fill);

    public static GridCell Empty(int span = 1, string? fill = null) => new([], span, fill);

    /// <summary>The cell under a merge restart: drawn as part of the cell above it.</summary>
    public static GridCell Continue(int span = 1, string? fill = null, bool vertical = false) =>
        new([], span, fill, vertical, RowMerge.Continue);

    /// <summary>The text a reader sees, runs joined; symbols and footnote references are left out.</summary>
    public string PlainText => string.Concat(Content.OfType<TextPiece>().Select(p => p.Text));
}

/// <param name="RepeatAsHeader">Word's "repeat as header row at the top of each page"; HTML puts these rows in thead.</param>
/// <param name="IsHeader">A header row (drawn bold; th in HTML), whether or not it repeats.</param>
internal sealed record GridRow(IReadOnlyList<GridCell> Cells, bool RepeatAsHeader = false, bool IsHeader = false);

/// <summary>The lines a table is drawn with.</summary>
internal enum TableRules { All, Horizontal, None }

/// <summary>A table with a fixed grid of columns, rows of cells spanning whole grid columns.</summary>
/// <param name="Widths">Grid column widths in twentieths of a point (dxa); the other formats scale them.</param>
internal sealed record GridTable(IReadOnlyList<int> Widths, IReadOnlyList<GridRow> Rows)
{
    /// <summary>Which lines are drawn: every border (the default), horizontal rules only, or none.</summary>
    public TableRules Rules { get; init; } = TableRules.All;

    /// <summary>Throws unless every row covers the grid exactly and every merge continuation sits under a merged cell.</summary>
    public GridTable Checked()
    {
        for (var r = 0; r < Rows.Count; r++)
        {
            var span = Rows[r].Cells.Sum(c => c.ColSpan);
            if (span != Widths.Count)
                throw new InvalidOperationException($"table row {r + 1} spans {span} grid columns, the table has {Widths.Count}");
            foreach (var (cell, column) in Positioned(r))
            {
                if (cell.Merge != RowMerge.Continue) continue;
                var above = r == 0 ? null : CellAt(r - 1, column);
                if (above is null || above.Merge == RowMerge.None || above.ColSpan != cell.ColSpan)
                    throw new InvalidOperationException($"table row {r + 1}, column {column + 1}: a merge continues nothing");
            }
        }
        return this;
    }

    /// <summary>The cells of a row with the grid column each starts at.</summary>
    public IEnumerable<(GridCell Cell, int Column)> Positioned(int row)
    {
        var column = 0;
        foreach (var cell in Rows[row].Cells)
        {
            yield return (cell, column);
            column += cell.ColSpan;
        }
    }

    public GridCell? CellAt(int row, int column) =>
        Positioned(row).Where(p => p.Column == column).Select(p => p.Cell).FirstOrDefault();

    /// <summary>How many rows a merge that restarts at (row, column) covers, itself included.</summary>
    public int RowSpan(int row, int column)
    {
        var span = 1;
        while (row + span < Rows.Count && CellAt(row + span, column) is { Merge: RowMerge.Continue }) span++;
        return span;
    }
}
