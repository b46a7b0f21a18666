namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// The grey picture Tesseract is given: ruling lines painted out (a line touching letters is read as
/// letters, and a table's lines make its layout analysis see one big block), and bright colour
/// painted white, since a red or green cell turns as dark as its text once the page is grey.
/// </summary>
internal static class OcrImage
{
    /// <param name="greyFills">Shading with no colour (<see cref="GreyFills"/>): painted white but for the text on it,
    /// anything more than <paramref name="inkMargin"/> darker than the shade.</param>
    public static byte[] Prepare(RasterImage image, IReadOnlyList<PixelRule> rules, IReadOnlyList<GreyFills.Area>? greyFills = null, int inkMargin = 0)
    {
        var grey = (byte[])image.LumaPlane.Clone();
        var rgb = image.Rgb;
        for (int i = 0, j = 0; i < grey.Length; i++, j += 3)
        {
            var (r, g, b) = (rgb[j], rgb[j + 1], rgb[j + 2]);
            var max = Math.Max(r, Math.Max(g, b));
            if (max <= 150) continue;
            var min = Math.Min(r, Math.Min(g, b));
            if (max - min > 60) grey[i] = 255;
        }
        foreach (var fill in greyFills ?? [])
        {
            // A block's width around the area too: its edge blocks were not even, half shade and half paper.
            var (left, top) = (Math.Max(0, fill.Left - 4), Math.Max(0, fill.Top - 4));
            var (right, bottom) = (Math.Min(image.Width - 1, fill.Right + 4), Math.Min(image.Height - 1, fill.Bottom + 4));
            // The edge itself is painted whole: a cell's rule against a dark shade is not seen as a rule, and alone
            // it reads as "|"; a cell's text keeps clear of its edge.
            for (var y = top; y <= bottom; y++)
            for (var x = left; x <= right; x++)
            {
                var edge = Math.Min(Math.Min(Math.Abs(x - fill.Left), Math.Abs(x - fill.Right)), Math.Min(Math.Abs(y - fill.Top), Math.Abs(y - fill.Bottom))) <= 4;
                if (edge || grey[y * image.Width + x] >= fill.Luma - inkMargin) grey[y * image.Width + x] = 255;
            }
        }
        foreach (var rule in rules)
        {
            var half = rule.Thickness / 2 + 2;
            var centre = (int)Math.Round(rule.Across);
            for (var a = centre - half; a <= centre + half; a++)
            for (var p = rule.Start; p <= rule.End; p++)
            {
                var (x, y) = rule.Horizontal ? (p, a) : (a, p);
                if (x < 0 || y < 0 || x >= image.Width || y >= image.Height) continue;
                grey[y * image.Width + x] = 255;
            }
        }
        return grey;
    }
}
