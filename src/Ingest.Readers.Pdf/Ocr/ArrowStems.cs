namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Short vertical "rules" that are an arrow's stem. A trend arrow printed at the top of its cell (a ↓ drawn from the
/// rule above down to the one below) is a dark vertical run from rule to rule, which <see cref="ImageRules"/> takes
/// for a cell's side: painted out, the arrow is left as two half-heads that read as junk ("{I", "dt"), and the table
/// finder gets a column line through the trend cell (seed 2121's Harrow: 24 trend arrows lost). A short vertical
/// run whose ink, with the horizontal rules painted out, is one blob shaped as an arrow or a triangle is no rule.
/// </summary>
internal static class ArrowStems
{
    /// <summary>Share of the run the arrows it passes through cover at least: the rest is the rules between them.</summary>
    private const double MinCover = 0.6;

    /// <summary>The run lies within this share of the arrow's width from its middle.</summary>
    private const double MaxStemShift = 0.2;


    /// <param name="scale">Points per pixel.</param>
    public static IReadOnlyList<PixelRule> Drop(RasterImage image, IReadOnlyList<PixelRule> rules, double scale, ScanShapeRules shapes)
    {
        // Arrows stacked in tight rows make one run through several of them (shapes.max_bridged_arrows).
        var longest = shapes.MaxBridgedArrows * OcrArrowShapes.MaxLength / scale;
        var stems = rules.Where(r => !r.Horizontal && r.End - r.Start + 1 <= longest && IsStem(image, r, rules, scale, shapes)).ToHashSet();
        return stems.Count == 0 ? rules : rules.Where(r => !stems.Contains(r)).ToList();
    }

    private static bool IsStem(RasterImage image, PixelRule stem, IReadOnlyList<PixelRule> rules, double scale, ScanShapeRules shapes)
    {
        // The arrow's head is no wider than the arrow is long: a window that wide each side holds it.
        var length = stem.End - stem.Start + 1;
        var centre = (int)Math.Round(stem.Across);
        var (left, right) = (Math.Max(0, centre - length), Math.Min(image.Width - 1, centre + length));
        var (top, bottom) = (Math.Max(0, stem.Start - 2), Math.Min(image.Height - 1, stem.End + 2));
        var (width, height) = (right - left + 1, bottom - top + 1);
        var grey = new byte[width * height];
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            grey[y * width + x] = (byte)image.Luma(left + x, top + y);
        // The rules the arrow touches are painted out, as they are for Tesseract; this one is the arrow's own stem.
        foreach (var rule in rules)
        {
            if (ReferenceEquals(rule, stem)) continue;
            var half = rule.Thickness / 2 + 2;
            var across = (int)Math.Round(rule.Across);
            for (var a = across - half; a <= across + half; a++)
            for (var p = rule.Start; p <= rule.End; p++)
            {
                var (x, y) = rule.Horizontal ? (p - left, a - top) : (a - left, p - top);
                if (x >= 0 && y >= 0 && x < width && y < height) grey[y * width + x] = 255;
            }
        }
        // The run may pass through several cells' arrows (a ↓ under a ↓, bridged across the rule between): each blob
        // it passes through must be an arrow, and together they must be most of it.
        var column = centre - left;
        var crossed = InkBlobs.Find(grey, width, height, OcrArrowShapes.MinLength / scale, OcrArrowShapes.MaxLength / scale)
            .Where(b => b.Left <= column && b.Right >= column).ToList();
        // The run is the arrow's stem, down its middle: a cell side that an arrow picture merely touches (a KPI box's
        // status band, seed 2121's Rhondda Cynon Taf) runs down the blob's edge, and is kept.
        if (crossed.Any(b => Math.Abs((b.Left + b.Right) / 2.0 - column) > MaxStemShift * (b.Right - b.Left + 1))) return false;
        return crossed.Count > 0 && crossed.Sum(b => b.Bottom - b.Top + 1) >= MinCover * length
               && crossed.All(b => OcrArrowShapes.Arrow(b, scale, shapes) is not null);
    }
}
