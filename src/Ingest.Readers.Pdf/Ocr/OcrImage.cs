namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// The grey picture Tesseract is given: ruling lines painted out (a line touching letters is read as
/// letters, and a table's lines make its layout analysis see one big block), and bright colour
/// painted white, since a red or green cell turns as dark as its text once the page is grey.
/// </summary>
internal static class OcrImage
{
    /// <summary>Pixels each side of a coloured fill's edge painted out with it: its blurred side and the cell's rule.</summary>
    private const int FillSide = 4;

    /// <param name="greyFills">Shading with no colour (<see cref="GreyFills"/>): painted white but for the text on it,
    /// anything more than <paramref name="inkMargin"/> darker than the shade.</param>
    /// <param name="colourFills">Coloured cells (in pixels), painted white already as bright colour; their sides are
    /// painted out too. A dark fill's side is not taken for a rule (<see cref="FillEdges"/>), and beside a column of status
    /// fills it is one with them, too thick for a rule: left on the picture, it ran into the trend arrows next to it
    /// (seed 2121's Harrow: "|" and a "→" read "ae", a "↓" read "14"), and they were lost.</param>
    public static byte[] Prepare(RasterImage image, IReadOnlyList<PixelRule> rules, IReadOnlyList<GreyFills.Area>? greyFills = null, int inkMargin = 0,
        IReadOnlyList<(int Left, int Top, int Right, int Bottom)>? colourFills = null)
    {
        var grey = new byte[image.Width * image.Height];
        for (var y = 0; y < image.Height; y++)
        for (var x = 0; x < image.Width; x++)
        {
            var (r, g, b) = image.Pixel(x, y);
            var max = Math.Max(r, Math.Max(g, b));
            var min = Math.Min(r, Math.Min(g, b));
            grey[y * image.Width + x] = max > 150 && max - min > 60 ? (byte)255 : (byte)image.Luma(x, y);
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
        foreach (var (fillLeft, fillTop, fillRight, fillBottom) in colourFills ?? [])
        {
            var (left, top) = (Math.Max(0, fillLeft - FillSide), Math.Max(0, fillTop - FillSide));
            var (right, bottom) = (Math.Min(image.Width - 1, fillRight + FillSide), Math.Min(image.Height - 1, fillBottom + FillSide));
            for (var y = top; y <= bottom; y++)
            for (var x = left; x <= right; x++)
                if (Math.Min(Math.Min(Math.Abs(x - fillLeft), Math.Abs(x - fillRight)), Math.Min(Math.Abs(y - fillTop), Math.Abs(y - fillBottom))) <= FillSide)
                    grey[y * image.Width + x] = 255;
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
