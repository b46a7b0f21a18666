using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Layout.Finders;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// A table that goes on over a page break: the last thing on one page and the first on the next, with
/// the same columns. The continuation's rows are appended (a header the printer repeated stays a row,
/// and marks the first page's header rows as declared). A row the break cut in two is joined again.
/// </summary>
internal static class TableContinuation
{
    /// <summary>Cells of a repeated header row that may read differently (a scan's misread letters).</summary>
    private const int MisreadCells = 1;

    /// <summary>...as long as at least this many cells read the same.</summary>
    private const int MinAgreeingCells = 3;

    public static bool SameColumns(GridTable first, GridTable next, PageBreakOptions breaks)
    {
        if (first.ColumnCount != next.ColumnCount || first.Ruled != next.Ruled) return false;
        var tolerance = first.Ruled ? breaks.RuledEdgeTolerance : breaks.UnruledEdgeTolerance;
        for (var i = 0; i < first.ColumnEdges.Count; i++)
        {
            if (Math.Abs(first.ColumnEdges[i] - next.ColumnEdges[i]) <= tolerance) continue;
            // An unruled table's sides are only where its longest texts end: its gutters say where it is.
            var inner = i > 0 && i < first.ColumnEdges.Count - 1;
            if (!inner && !first.Ruled && first.ColumnEdges.Count > 3) continue;
            if (inner && first.Gutters is { } a && next.Gutters is { } b && a.Count == b.Count && a.Count == first.ColumnEdges.Count - 2
                && a[i - 1].Left < b[i - 1].Right && b[i - 1].Left < a[i - 1].Right) continue;
            return false;
        }
        return true;
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on with <paramref name="first"/>'s columns. Two ruled parts may also
    /// differ by column edges only one part's rows use, when each edge of one is an edge of the other (a KPI box
    /// cut by a page break: its title and chart above the break, the three boxes of its figures below); the part
    /// with fewer columns is then placed on the other's grid.
    /// </summary>
    public static bool AlignColumns(GridTable first, GridTable next, PageBreakOptions breaks)
    {
        if (SameColumns(first, next, breaks)) return true;
        if (!first.Ruled && !next.Ruled && GuttersAgree(first, next)) return next.PlaceOn(first.ColumnEdges);
        var tolerance = breaks.RuledEdgeTolerance;
        if (!first.Ruled || !next.Ruled || first.ColumnCount == next.ColumnCount) return false;
        var (coarse, fine) = first.ColumnCount < next.ColumnCount ? (first, next) : (next, first);
        if (!coarse.ColumnEdges.All(x => fine.ColumnEdges.Any(y => Math.Abs(x - y) <= tolerance))
            || Math.Abs(coarse.ColumnEdges[0] - fine.ColumnEdges[0]) > tolerance
            || Math.Abs(coarse.ColumnEdges[^1] - fine.ColumnEdges[^1]) > tolerance)
            return false;
        coarse.Regrid(fine.ColumnEdges, tolerance);
        return true;
    }

    /// <summary>
    /// Two unruled parts whose columns were found differently: a column the rows overleaf leave empty, or fill only
    /// narrowly, merges with its neighbour there (seed 2121's Brent scan: nine columns found overleaf for eleven).
    /// Every gutter overleaf is clear space the first part has too, and the first part's other gutters only part
    /// what overleaf was taken as one column; <see cref="GridTable.PlaceOn"/> then checks no word crosses an edge.
    /// </summary>
    private static bool GuttersAgree(GridTable first, GridTable next) =>
        first.Gutters is { Count: > 0 } a && next.Gutters is { Count: > 0 } b && b.Count < a.Count
        && b.All(g => a.Any(h => g.Left < h.Right && h.Left < g.Right));

    /// <summary>Appends <paramref name="next"/> (found on a later page) to <paramref name="table"/>.</summary>
    public static void Append(GridTable table, GridTable next)
    {
        table.ContinuationFrames[next.Page] = next.Frame;
        foreach (var (page, frame) in next.ContinuationFrames) table.ContinuationFrames[page] = frame;

        var repeated = RepeatedHeaderRows(table, next);
        for (var r = 0; r < repeated; r++) table.DeclaredHeaderRows.Add(r);

        var lastRow = table.RowCount - 1;
        var joined = repeated < next.RowCount && IsSplitRow(table, lastRow, next, repeated) && JoinSplitRow(table, lastRow, next, repeated);

        var offset = table.RowCount;
        var nextRow = 0;
        var rowMap = new Dictionary<int, int>();
        for (var r = 0; r < next.RowCount; r++)
        {
            if (joined && r == repeated) continue;
            rowMap[r] = offset + nextRow++;
        }
        foreach (var cell in next.Cells)
        {
            if (joined && cell.Row == repeated) continue;
            if (!rowMap.TryGetValue(cell.Row, out var row)) continue;
            cell.Row = row;
            table.Cells.Add(cell);
        }
        table.RowCount = offset + nextRow;
    }

    /// <summary>How many of the continuation's first rows repeat the table's first rows.</summary>
    private static int RepeatedHeaderRows(GridTable table, GridTable next)
    {
        var count = 0;
        while (count < Math.Min(3, Math.Min(table.RowCount - 1, next.RowCount)) && Repeats(table, count, next, count)) count++;
        return count;
    }

    /// <summary>
    /// A row reads like another: cell for cell the same text, or, in a row of several cells, all but one
    /// (a scan misreads a letter here and there: "Ref" as "Red"; no body row shares three cells' text with a header).
    /// </summary>
    private static bool Repeats(GridTable table, int row, GridTable next, int nextRow)
    {
        var a = table.RowCells(row).ToList();
        var b = next.RowCells(nextRow).ToList();
        if (a.Count != b.Count || a.Zip(b).Any(p => p.First.Column != p.Second.Column || p.First.ColumnSpan != p.Second.ColumnSpan))
            return false;
        var same = 0;
        var different = 0;
        foreach (var (x, y) in a.Select(CellText).Zip(b.Select(CellText)))
        {
            if (x.Length == 0 && y.Length == 0) continue;
            if (x == y) same++;
            else different++;
        }
        return different == 0 ? same > 0 : different <= MisreadCells && same >= MinAgreeingCells;
    }

    /// <summary>
    /// The first body row on the new page is the rest of the last row of the old one when some cell
    /// that had text before the break has none after it (the values were printed before the break)
    /// and it does not start like a row of its own: its first cell is empty or goes on in lower case,
    /// it holds text in only a few cells, or several of its cells go on mid-sentence or several cells
    /// before the break were left hanging ("(2018-", "Gap lower,").
    /// </summary>
    private static bool IsSplitRow(GridTable table, int lastRow, GridTable next, int row)
    {
        var before = table.RowCells(lastRow).ToList();
        var after = next.RowCells(row).ToList();
        if (before.Count != after.Count || before.Zip(after).Any(p => p.First.Column != p.Second.Column || p.First.ColumnSpan != p.Second.ColumnSpan))
            return false;
        if (after.All(c => c.IsEmpty) || before.All(c => c.IsEmpty)) return false;
        var beforeTexts = before.Select(CellText).ToList();
        var afterTexts = after.Select(CellText).ToList();
        var first = afterTexts[0];
        // A bold row under plain ones, starting a sentence, is a section heading overleaf, not the rest of a cut row.
        var filled = after.Where(c => !c.IsEmpty).ToList();
        if (first.Length > 0 && !char.IsLower(first[0]) && filled.All(c => c.Words.All(w => w.Bold))
            && before.Where(c => !c.IsEmpty).All(c => c.Words.Any(w => !w.Bold)))
            return false;
        // One cell across a ruled table on both sides of the break: not a bold heading overleaf (above), this is one
        // cell (a KPI box's chart, its key overleaf) cut in two.
        if (table.Ruled && table.ColumnCount > 1 && before.Count == 1 && after.Count == 1
            && before[0].ColumnSpan == table.ColumnCount && !after[0].IsEmpty)
            return true;
        var valuesBeforeOnly = beforeTexts.Zip(afterTexts).Any(p => p.First.Length > 0 && p.Second.Length == 0);
        if (!valuesBeforeOnly) return false;
        // A row of its own fills most of its cells; the rest of a cut row holds only the overflow of a few.
        var sparse = afterTexts.Count(t => t.Length > 0) * 3 <= beforeTexts.Count(t => t.Length > 0);
        // Text that goes on mid-sentence, or that was left hanging before the break.
        var goesOn = afterTexts.Count(t => t.Length > 0 && (char.IsLower(t[0]) || t[0] is ')' or ','));
        // "(2018-" is left hanging; a cell that is only "-" (nothing to report) is not.
        var leftOpen = beforeTexts.Count(t => t.Length >= 3
                                              && (t[^1] is '(' or ',' or '&' || t[^1] is '-' or '–' or '/' && char.IsLetterOrDigit(t[^2])));
        return first.Length == 0 || char.IsLower(first[0]) || sparse || goesOn >= 2 || leftOpen >= 2;
    }

    private static bool JoinSplitRow(GridTable table, int lastRow, GridTable next, int row)
    {
        var before = table.RowCells(lastRow).ToDictionary(c => c.Column);
        foreach (var cell in next.RowCells(row))
        {
            if (!before.TryGetValue(cell.Column, out var target)) return false;
            target.Continuations.Add(cell.Words);
        }
        return true;
    }

    private static string CellText(GridCell cell) =>
        TextNormaliser.Collapse(string.Join(" ", CellTextBuilder.Lines(cell.Words).Select(WordJoiner.Join)));
}
