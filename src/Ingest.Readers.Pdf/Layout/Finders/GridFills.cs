namespace Ingest.Readers.Pdf.Layout.Finders;

/// <summary>
/// Gives a found table's cells the colour drawn behind them, whichever finder found the table: an
/// unruled scorecard shows its RAG by fill as plainly as a ruled one.
/// </summary>
internal static class GridFills
{
    /// <summary>
    /// A cell's fill is the coloured rectangle covering most of it (at least half); white is the page,
    /// not a fill. Among equal covers the one painted last shows.
    /// </summary>
    public static void Assign(GridTable table, IReadOnlyList<FrameFill> fills)
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
                if (overlap < 0.5 * area) continue;
                if (best is null || overlap > bestOverlap + 0.01 * area || (Math.Abs(overlap - bestOverlap) <= 0.01 * area && fill.Order > best.Value.Order))
                {
                    best = fill;
                    bestOverlap = overlap;
                }
            }
            cell.Fill = best?.Colour;
        }
    }
}
