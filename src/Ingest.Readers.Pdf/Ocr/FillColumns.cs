namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Column edges drawn only by a change of shading. Where a dark fill meets the cell beside it, the line between them
/// is lost in the fill's dark (a thin dark run against a dark area is no rule), and a pale neighbour gives it nothing
/// to stand out from either: seed 2121's South Cambridgeshire KPI boxes put a "GREEN" rating, almost black in grey,
/// right beside a pale title band, and the title and its rating were read as one cell. Two shadings of different
/// shades side by side, as tall as each other, meet on a cell's side. Cells of a row are shaded to the row's edges, so
/// their tops and bottoms line up to the block shading is measured in; a bold word's blurred letters, a mid grey
/// patch on a pale section band (seed 6868's South Kesteven, "Workforce"), are no cell and do not.
/// </summary>
internal static class FillColumns
{
    /// <summary>Pixels: tops and bottoms of one row's shading line up within two of the blocks it is measured in.</summary>
    private const int Align = 2 * GreyFills.Step;

    /// <param name="shading">Shading found in the scan, in pixels, each with its brightness (0-255).</param>
    /// <param name="slack">Pixels: the two sides meet within this.</param>
    /// <param name="sameShade">Shadings within this brightness of each other are one shade: a band broken by its text.</param>
    public static IReadOnlyList<PixelRule> Add(IReadOnlyList<PixelRule> rules,
        IReadOnlyList<(int Left, int Top, int Right, int Bottom, int Luma)> shading, int slack, int sameShade)
    {
        var added = new List<PixelRule>();
        foreach (var left in shading)
        foreach (var right in shading)
        {
            if (right.Left - left.Right < 0 || right.Left - left.Right > slack) continue;
            if (Math.Abs(left.Top - right.Top) > Align || Math.Abs(left.Bottom - right.Bottom) > Align) continue;
            if (Math.Abs(left.Luma - right.Luma) <= sameShade) continue;
            var x = (left.Right + right.Left) / 2.0;
            var (top, bottom) = (Math.Min(left.Top, right.Top), Math.Max(left.Bottom, right.Bottom));
            if (rules.Concat(added).Any(r => !r.Horizontal && Math.Abs(r.Across - x) <= slack && r.Start <= top + slack && r.End >= bottom - slack)) continue;
            added.Add(new PixelRule(false, x, top, bottom, 1));
        }
        return added.Count == 0 ? rules : [.. rules, .. added];
    }
}
