namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>One cell of a drawn table: text (lines split by '\n'), spans, fill, weight.</summary>
internal sealed record DrawnCell(string Text, int ColumnSpan = 1, int RowSpan = 1, string? Fill = null, bool Bold = false);

/// <summary>How a table's borders are drawn.</summary>
internal enum Borders
{
    /// <summary>Stroked lines around every cell.</summary>
    Lines,

    /// <summary>Runs of short thin filled rectangles, as Word's PDF export draws them.</summary>
    ShortRectangles,

    /// <summary>Only horizontal lines between rows (and above and below the table).</summary>
    RowsOnly,

    /// <summary>No lines at all: the columns show only in the alignment of the text.</summary>
    None,
}

/// <summary>
/// Draws a table on a <see cref="TinyPdf"/> page: cells laid out on a grid (spans skip the places they
/// cover), each cell's lines at 11-point spacing, borders in the chosen style. Returns the expected
/// grid as text, a spanning cell's text in its first place and the places it covers empty.
/// </summary>
internal static class TableDrawer
{
    public const double LineHeight = 11;
    public const double FontSize = 9;

    public static string[][] Draw(TinyPdf.PageDraft page, double top, double[] columns, DrawnCell[][] rows, Borders borders,
        IReadOnlyList<bool>? rightAligned = null, IReadOnlyList<bool>? centred = null)
    {
        var rowCount = rows.Length;
        var columnCount = columns.Length - 1;
        var placed = Place(rows, columnCount);
        // Row heights from the lines of the cells that start and end in the row.
        var heights = new double[rowCount];
        for (var r = 0; r < rowCount; r++) heights[r] = LineHeight + 6;
        foreach (var (r, c, cell) in placed.Where(p => p.Cell.RowSpan == 1))
            heights[r] = Math.Max(heights[r], cell.Text.Split('\n').Length * LineHeight + 6);
        var ys = new double[rowCount + 1];
        ys[0] = top;
        for (var r = 0; r < rowCount; r++) ys[r + 1] = ys[r] + heights[r];

        var expected = Enumerable.Range(0, rowCount).Select(_ => new string[columnCount].Select(_ => "").ToArray()).ToArray();
        foreach (var (r, c, cell) in placed)
        {
            var (left, right) = (columns[c], columns[c + cell.ColumnSpan]);
            var (cellTop, cellBottom) = (ys[r], ys[r + cell.RowSpan]);
            if (cell.Fill is not null) page.Fill(left, cellTop, right - left, cellBottom - cellTop, cell.Fill);
            var lines = cell.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length == 0) continue;
                var x = rightAligned?[c] == true ? right - 4 - Width(lines[i], cell.Bold)
                    : centred?[c] == true ? (left + right - Width(lines[i], cell.Bold)) / 2
                    : left + 4;
                page.Text(x, cellTop + 3 + FontSize + i * LineHeight, lines[i], FontSize, cell.Bold,
                    cell.Fill is "1F3864" ? "FFFFFF" : null);
            }
            expected[r][c] = string.Join(" ", lines.Where(l => l.Length > 0));
            if (borders is Borders.Lines or Borders.ShortRectangles)
            {
                Rule(page, borders, left, cellTop, right, cellTop);
                Rule(page, borders, left, cellBottom, right, cellBottom);
                Rule(page, borders, left, cellTop, left, cellBottom);
                Rule(page, borders, right, cellTop, right, cellBottom);
            }
        }
        if (borders == Borders.RowsOnly)
            foreach (var y in ys) page.Line(columns[0], y, columns[^1], y, 0.5, "808080");
        return expected;
    }

    /// <summary>The height a table of these rows takes.</summary>
    public static double Height(DrawnCell[][] rows) =>
        rows.Sum(r => Math.Max(LineHeight + 6, r.Where(c => c.RowSpan == 1).Select(c => c.Text.Split('\n').Length * LineHeight + 6).DefaultIfEmpty(0).Max()));

    public static double Width(string text, bool bold) => HelveticaWidths.Of(text, FontSize, bold);

    /// <summary>
    /// Column edges for a first column of left-aligned text and right-aligned columns after it, leaving
    /// <paramref name="gap"/> points between the widest texts of neighbouring columns (each cell keeps
    /// its 4-point padding inside its edges), as a tight unruled statistical table prints.
    /// </summary>
    public static double[] TightColumns(double left, DrawnCell[][] rows, double gap)
    {
        var columns = rows.Max(r => r.Length);
        var widest = new double[columns];
        foreach (var row in rows)
            for (var c = 0; c < row.Length; c++)
                if (row[c].ColumnSpan == 1)
                    widest[c] = Math.Max(widest[c], row[c].Text.Split('\n').Max(l => Width(l, row[c].Bold)));
        var edges = new double[columns + 1];
        edges[0] = left;
        edges[1] = left + 8 + widest[0];
        for (var c = 1; c < columns; c++) edges[c + 1] = edges[c] + widest[c] + gap;
        return edges;
    }

    private static void Rule(TinyPdf.PageDraft page, Borders borders, double x1, double y1, double x2, double y2)
    {
        if (borders == Borders.Lines)
        {
            page.Line(x1, y1, x2, y2);
            return;
        }
        // Word's export: pieces of 7 points with a little overlap, 0.5 points thick.
        if (y1 == y2)
            for (var x = x1; x < x2; x += 6.5)
                page.Fill(x, y1 - 0.25, Math.Min(7, x2 - x), 0.5, "000000");
        else
            for (var y = y1; y < y2; y += 6.5)
                page.Fill(x1 - 0.25, y, 0.5, Math.Min(7, y2 - y), "000000");
    }

    private static List<(int Row, int Column, DrawnCell Cell)> Place(DrawnCell[][] rows, int columns)
    {
        var taken = new bool[rows.Length, columns];
        var placed = new List<(int, int, DrawnCell)>();
        for (var r = 0; r < rows.Length; r++)
        {
            var c = 0;
            foreach (var cell in rows[r])
            {
                while (c < columns && taken[r, c]) c++;
                if (c >= columns) break;
                placed.Add((r, c, cell));
                for (var rr = r; rr < Math.Min(rows.Length, r + cell.RowSpan); rr++)
                for (var cc = c; cc < Math.Min(columns, c + cell.ColumnSpan); cc++)
                    taken[rr, cc] = true;
                c += cell.ColumnSpan;
            }
        }
        return placed;
    }
}
