using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// A found table to the shared model: grid places with spans, runs with bold and colour, fill, page
/// and box (page coordinates). Grid rows or columns where no cell starts (a boundary drawn only in
/// some rows) are dropped, so the grid is as small as the cells need.
/// </summary>
internal static class TableConverter
{
    public static Table ToTable(GridTable grid, int index, IReadOnlyList<string> context)
    {
        var rowMap = Compact(grid.RowCount, grid.Cells.Select(c => c.Row));
        var columnMap = Compact(grid.ColumnCount, grid.Cells.Select(c => c.Column));
        var padding = ColumnPadding(grid);
        var extents = grid.Ruled ? [] : TextExtents(grid);
        var splitLabels = SplitLabels.Find(grid);
        var rows = new List<TableRow>();
        foreach (var rowCells in grid.Cells.GroupBy(c => rowMap[c.Row]).OrderBy(g => g.Key))
        {
            var cells = rowCells.OrderBy(c => c.Column).Select(cell =>
            {
                var frame = cell.Page == grid.Page ? grid.Frame : grid.ContinuationFrames.GetValueOrDefault(cell.Page, grid.Frame);
                return new Cell(
                    rowMap[cell.Row],
                    columnMap[cell.Column],
                    Runs(splitLabels.GetValueOrDefault(cell, cell), padding.GetValueOrDefault((cell.Page, cell.Column), 2), grid.Ruled,
                        cell.ColumnSpan == 1 && extents.TryGetValue((cell.Page, cell.Column), out var extent) ? extent : null),
                    Span(rowMap, cell.Row, cell.RowSpan),
                    Span(columnMap, cell.Column, cell.ColumnSpan),
                    cell.Fill,
                    cell.Page,
                    frame.ToPage(cell.Box));
            }).ToArray();
            var isHeader = rowCells.Any(c => grid.DeclaredHeaderRows.Contains(c.Row));
            rows.Add(new TableRow(rowCells.Key, cells, isHeader));
        }
        var columns = columnMap.Values.DefaultIfEmpty(-1).Max() + 1;
        return new Table(index, rows, columns, context, grid.Page);
    }

    /// <param name="extent">An unruled column's text extent on the cell's page: how wide its lines can be there.</param>
    private static IReadOnlyList<TextRun> Runs(GridCell cell, double padding, bool ruled, (double Left, double Right)? extent) =>
        extent is { } x
            ? CellTextBuilder.Build([cell.Words, .. cell.Continuations], new BoundingBox(x.Left, cell.Box.Top, x.Right, cell.Box.Bottom), 0, ruled)
            : CellTextBuilder.Build([cell.Words, .. cell.Continuations], cell.Box, padding, ruled);

    /// <summary>
    /// Where an unruled column's upright text reaches on each page, from its one-column cells. Its edges lie
    /// somewhere in the gutters, placed by the words around them, so they say nothing of how wide a line could
    /// be; the column's widest line does.
    /// </summary>
    private static Dictionary<(int Page, int Column), (double Left, double Right)> TextExtents(GridTable grid)
    {
        var extents = new Dictionary<(int Page, int Column), (double Left, double Right)>();
        foreach (var cell in grid.Cells.Where(c => c.ColumnSpan == 1))
        foreach (var word in cell.Words.Where(w => w.Angle == 0))
        {
            var key = (cell.Page, cell.Column);
            extents[key] = extents.TryGetValue(key, out var e)
                ? (Math.Min(e.Left, word.Box.Left), Math.Max(e.Right, word.Box.Right))
                : (word.Box.Left, word.Box.Right);
        }
        return extents;
    }

    /// <summary>Old index -> new index for the grid lines where some cell starts.</summary>
    private static Dictionary<int, int> Compact(int count, IEnumerable<int> starts)
    {
        var used = starts.ToHashSet();
        var map = new Dictionary<int, int>();
        var next = 0;
        for (var i = 0; i < count; i++)
            if (used.Contains(i)) map[i] = next++;
        return map;
    }

    private static int Span(Dictionary<int, int> map, int start, int span)
    {
        var kept = 0;
        for (var i = start; i < start + span; i++)
            if (map.ContainsKey(i)) kept++;
        return Math.Max(1, kept);
    }

    /// <summary>
    /// The gap a column keeps between its border and its text on each page: the smallest seen in its cells, which
    /// is the cell margin of left-aligned text. Used to tell how wide a cell's lines can be. An unruled table's
    /// edges on a later page are placed by that page's text, so each page's part has its own.
    /// </summary>
    private static Dictionary<(int Page, int Column), double> ColumnPadding(GridTable grid)
    {
        var padding = new Dictionary<(int Page, int Column), double>();
        foreach (var cell in grid.Cells)
        {
            if (cell.Words.Count == 0) continue;
            var gap = cell.Words.Where(w => w.Angle == 0).Select(w => w.Box.Left - cell.Box.Left).DefaultIfEmpty(double.MaxValue).Min();
            if (gap == double.MaxValue) continue;
            var key = (cell.Page, cell.Column);
            padding[key] = Math.Min(padding.GetValueOrDefault(key, double.MaxValue), Math.Clamp(gap, 0.5, 10));
        }
        return padding;
    }
}
