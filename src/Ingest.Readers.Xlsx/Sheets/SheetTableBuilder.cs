using Ingest.Core.Tables;

namespace Ingest.Readers.Xlsx.Sheets;

/// <summary>
/// Cuts a sheet into tables. The used range is split into blocks wherever two or more fully empty rows
/// separate content; in each block, leading rows holding a single text cell are titles (the report's
/// heading, typed above the grid), and the rest, trimmed to its columns, is the table.
/// Hidden rows and columns are kept: hiding is presentation, and the values in them still belong to
/// the table (councils hide last year's columns that the headers still describe).
/// </summary>
internal sealed class SheetTableBuilder(IReadOnlySet<int> headerRows)
{
    /// <summary>
    /// A scorecard is a few dozen columns wide; a stray cell far to the right must not turn a
    /// 50,000-row sheet into a grid of millions of empty positions.
    /// </summary>
    public const int MaxColumns = 512;

    private const int EmptyRowsBetweenBlocks = 2;

    public IReadOnlyList<SheetBlock> Build(SheetContent content, CancellationToken cancellationToken)
    {
        if (content.Cells.Count == 0) return [];
        var lastRow = content.Cells[^1].Row;
        var merges = new MergeIndex(content.Merges, lastRow);
        var cells = merges.IsEmpty ? content.Cells : content.Cells.Where(c => !merges.IsCovered(c.Row, c.Column)).ToList();
        var rows = RowSlices.Of(cells);

        var blocks = new List<SheetBlock>();
        foreach (var (top, bottom) in Blocks(rows, merges, lastRow))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var titles = new List<string>();
            var first = top;
            for (; first <= bottom; first++)
            {
                var texts = rows.Cells(first).Where(c => c.HasText).Take(2).ToList();
                if (texts.Count >= 2) break;
                if (texts.Count == 1) titles.Add(TextNormaliser.Collapse(string.Concat(texts[0].Runs.Select(r => r.Text))));
            }
            blocks.Add(first > bottom
                ? new SheetBlock(titles, null, 0, 0)
                : Table(titles, first, bottom, rows, merges, content));
        }
        return blocks;
    }

    /// <summary>Row ranges with content, merged across gaps of fewer than two empty rows.</summary>
    private static List<(int Top, int Bottom)> Blocks(RowSlices rows, MergeIndex merges, int lastRow)
    {
        var spans = rows.RowNumbers.Select(r => (Top: r, Bottom: r))
            .Concat(merges.Ranges.Where(m => rows.HasCellAt(m.Top, m.Left)).Select(m => (m.Top, Bottom: Math.Min(m.Bottom, lastRow))))
            .OrderBy(s => s.Top)
            .ToList();
        var blocks = new List<(int Top, int Bottom)>();
        foreach (var span in spans)
        {
            if (blocks.Count > 0 && span.Top - blocks[^1].Bottom - 1 < EmptyRowsBetweenBlocks)
                blocks[^1] = (blocks[^1].Top, Math.Max(blocks[^1].Bottom, span.Bottom));
            else
                blocks.Add(span);
        }
        return blocks;
    }

    private SheetBlock Table(List<string> titles, int top, int bottom, RowSlices rows, MergeIndex merges, SheetContent content)
    {
        // The columns are those holding content. A merge does not widen the table: people merge a
        // section row "across" by selecting the whole sheet row, which would reach column XFD.
        var left = int.MaxValue;
        var right = -1;
        for (var r = top; r <= bottom; r++)
        foreach (var cell in rows.Cells(r))
        {
            left = Math.Min(left, cell.Column);
            right = Math.Max(right, cell.Column);
        }
        var dropped = 0;
        if (right - left + 1 > MaxColumns)
        {
            right = left + MaxColumns - 1;
            for (var r = top; r <= bottom; r++) dropped += rows.Cells(r).Count(c => c.Column > right);
        }

        var fills = new VirtualFills(content, merges);
        var tableRows = new List<TableRow>(bottom - top + 1);
        for (var r = top; r <= bottom; r++)
        {
            var cells = new List<Cell>();
            foreach (var cell in rows.Cells(r))
            {
                if (cell.Column < left || cell.Column > right) continue;
                cells.Add(Place(r, cell.Column, cell.Runs, cell.Fill));
            }
            var placed = cells.Count;
            // A merged range whose top-left cell is empty still shapes the grid.
            foreach (var merge in merges.StartingIn(r))
                if (merge.Left >= left && merge.Left <= right && !rows.HasCellAt(r, merge.Left))
                    cells.Add(Place(r, merge.Left, [], fills.At(r, merge.Left)));
            if (fills.Any) cells.AddRange(fills.Row(r, left, right, rows).Select(c => Place(r, c.Column, [], c.Fill)));
            if (cells.Count > placed) cells.Sort((a, b) => a.Column.CompareTo(b.Column));
            tableRows.Add(new TableRow(r - top, cells, headerRows.Contains(r)));
        }
        return new SheetBlock(titles, tableRows, right - left + 1, dropped);

        Cell Place(int row, int column, IReadOnlyList<TextRun> runs, string? fill)
        {
            var merge = merges.OriginAt(row, column);
            return new Cell(
                row - top,
                column - left,
                runs,
                merge is { } m ? Math.Min(m.Bottom, bottom) - row + 1 : 1,
                merge is { } n ? Math.Min(n.Right, right) - column + 1 : 1,
                fill);
        }
    }
}
