namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>
/// Columns that hold no text, only colour: a RAG status shown by the cell's fill alone. In an unruled
/// table the words say nothing of such a column, so the fills must: a fill the size of one cell, standing
/// alone in its row (a shaded header or a striped row fills every cell, side by side), marks the stretch
/// of its column when the column's fills are of more than one colour, as statuses are. Its middle part is used, since a cell's fill also covers the padding its neighbours'
/// text may come close to.
/// </summary>
internal static class FilledColumns
{
    /// <param name="left">Where the block's text starts: a column of fills alone may lie beyond the text, so a
    /// quarter of the block's width either side is searched too.</param>
    /// <param name="baselines">The block's lines: a cell's fill lies behind one of them.</param>
    public static IEnumerable<(double Left, double Right)> Stretches(IReadOnlyList<FrameFill> fills, double left, double right,
        IReadOnlyList<double> baselines, double lineSize) =>
        Cells(fills, left, right, baselines, lineSize).Select(c => (c.Left, c.Right));

    /// <summary>The middle parts of the cell fills that mark columns, with the height of their rows.</summary>
    public static IEnumerable<(double Left, double Right, double Top, double Bottom)> Cells(IReadOnlyList<FrameFill> fills, double left,
        double right, IReadOnlyList<double> baselines, double lineSize)
    {
        var width = right - left;
        var (top, bottom) = (baselines.Min() - lineSize, baselines.Max());
        var cells = fills
            .Where(f => f.Colour is not null and not "FFFFFF"
                        && f.Box.Top >= top - lineSize && f.Box.Bottom <= bottom + lineSize
                        && f.Box.Left >= left - 0.25 * width && f.Box.Right <= right + 0.25 * width
                        && baselines.Any(b => b > f.Box.Top && b < f.Box.Bottom)
                        && f.Box.Width >= lineSize && f.Box.Width <= 0.35 * width
                        && f.Box.Height >= 0.8 * lineSize && f.Box.Height <= 6 * lineSize)
            .ToList();
        var alone = cells.Where(fill => !fills.Any(other => !other.Equals(fill) && other.Colour is not null and not "FFFFFF"
                && Math.Min(other.Box.Bottom, fill.Box.Bottom) - Math.Max(other.Box.Top, fill.Box.Top) > 0.5 * fill.Box.Height
                && (Math.Abs(other.Box.Left - fill.Box.Right) < 1 || Math.Abs(other.Box.Right - fill.Box.Left) < 1)))
            .ToList();
        // A column of status colours has fills in more than one row, and not all of one colour: one coloured
        // box (a logo, a marker, however often drawn) or a strip of a directorate's colour is no column.
        foreach (var fill in alone)
        {
            var column = alone.Where(other => Math.Abs(other.Box.Left - fill.Box.Left) < 1 && Math.Abs(other.Box.Right - fill.Box.Right) < 1).ToList();
            if (column.Select(f => f.Colour).Distinct().Count() < 2) continue;
            var inset = 0.2 * fill.Box.Width;
            yield return (fill.Box.Left + inset, fill.Box.Right - inset, fill.Box.Top, fill.Box.Bottom);
        }
    }
}
