using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>
/// Gives a found table's cells the colour drawn behind them, whichever finder found the table: an
/// unruled scorecard shows its RAG by fill as plainly as a ruled one.
/// </summary>
internal static class GridFills
{
    /// <summary>
    /// A cell's fill is the coloured rectangle covering most of it (at least half, by default), or one standing wholly
    /// inside it from its top to its bottom: an unruled table's cell reaches across the gap to the column
    /// before, so it can be far wider than the cell Word drew and shaded. White is the page, not a fill.
    /// Among equal covers the one painted last shows.
    /// </summary>
    public static void Assign(GridTable table, IReadOnlyList<FrameFill> fills, CellFillOptions options)
    {
        var candidates = fills
            .Where(f => f.Colour is not null and not "FFFFFF" && f.Box.Intersects(table.Box))
            .ToArray();
        if (candidates.Length == 0) return;
        foreach (var cell in table.Cells)
        {
            var area = Math.Max(cell.Box.Width * cell.Box.Height, 0.01);
            FrameFill? best = null;
            var bestOverlap = 0.0;
            foreach (var fill in candidates)
            {
                var overlap = fill.Box.IntersectionArea(cell.Box);
                if (overlap < options.Covers * area && !StandsInside(fill.Box, cell.Box, options)) continue;
                if (best is null || overlap > bestOverlap + 0.01 * area || (Math.Abs(overlap - bestOverlap) <= 0.01 * area && fill.Order > best.Value.Order))
                {
                    best = fill;
                    bestOverlap = overlap;
                }
            }
            cell.Fill = best?.Colour;
        }
    }

    /// <summary>
    /// The fill lies across the cell within its sides (its middle in the cell), over a good part of its width, and
    /// from its top to its bottom while lying mostly in this row: a cell's shading, not a coloured mark, an
    /// underline or the next row's shading. An unruled table ends at its text, so the shading of its last row or
    /// column may reach a little past the cell.
    /// </summary>
    private static bool StandsInside(BoundingBox fill, BoundingBox cell, CellFillOptions options)
    {
        var across = Math.Min(fill.Right, cell.Right) - Math.Max(fill.Left, cell.Left);
        var down = Math.Min(fill.Bottom, cell.Bottom) - Math.Max(fill.Top, cell.Top);
        var middle = (fill.Left + fill.Right) / 2;
        return middle > cell.Left && middle < cell.Right
            && across >= options.InsideShare * fill.Width && fill.Width >= options.WideShare * cell.Width
            && down >= options.TallShare * cell.Height && down >= 0.5 * fill.Height;
    }
}
