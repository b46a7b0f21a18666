using Ingest.Readers.Pdf.Content;

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
    /// <param name="colourFills">Colour fills in pixels (<see cref="BrightFills"/>), whose colour is painted white with
    /// the rest: their edges are painted whole too. The scan's blur leaves a fill's edge a ring of darker, duller pixels
    /// that stays as a dashed outline, and the outline's pieces ran into the RAG word inside (seed 8282's Tamworth: a
    /// KPI box's "GREEN", its letters blurred into one blob, was looked at again only with the outline and the arrow
    /// under it, and never read).</param>
    public static byte[] Prepare(RasterImage image, IReadOnlyList<PixelRule> rules, IReadOnlyList<GreyFills.Area>? greyFills = null, int inkMargin = 0,
        IReadOnlyList<(int Left, int Top, int Right, int Bottom)>? colourFills = null)
    {
        var grey = (byte[])image.LumaPlane.Clone();
        var rgb = image.Rgb;
        for (int i = 0, j = 0; i < grey.Length; i++, j += 3)
            if (IsBrightColour(rgb[j], rgb[j + 1], rgb[j + 2])) grey[i] = 255;
        foreach (var fill in greyFills ?? [])
        {
            // A block's width around the area too: its edge blocks were not even, half shade and half paper.
            var (left, top) = (Math.Max(0, fill.Left - EdgeBlock), Math.Max(0, fill.Top - EdgeBlock));
            var (right, bottom) = (Math.Min(image.Width - 1, fill.Right + EdgeBlock), Math.Min(image.Height - 1, fill.Bottom + EdgeBlock));
            // The edge itself is painted whole: a cell's rule against a dark shade is not seen as a rule, and alone
            // it reads as "|"; a cell's text keeps clear of its edge.
            for (var y = top; y <= bottom; y++)
            for (var x = left; x <= right; x++)
                if (OnEdge(x, y, fill.Left, fill.Top, fill.Right, fill.Bottom) || grey[y * image.Width + x] >= fill.Luma - inkMargin)
                    grey[y * image.Width + x] = 255;
        }
        foreach (var (fillLeft, fillTop, fillRight, fillBottom) in colourFills ?? [])
        {
            var (left, top) = (Math.Max(0, fillLeft - EdgeBlock), Math.Max(0, fillTop - EdgeBlock));
            var (right, bottom) = (Math.Min(image.Width - 1, fillRight + EdgeBlock), Math.Min(image.Height - 1, fillBottom + EdgeBlock));
            for (var y = top; y <= bottom; y++)
            for (var x = left; x <= right; x++)
                if (OnEdge(x, y, fillLeft, fillTop, fillRight, fillBottom)) grey[y * image.Width + x] = 255;
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

    /// <summary>
    /// The colour fills whose edges <see cref="Prepare"/> paints, in pixels: those of a bright colour that are not mostly
    /// inside a larger fill. A cell's fill is found with fragments of a slightly different shade (a strip along its top,
    /// a blurred word's halo), whose edges run through the cell's text: painted, they cut "AMBER" to "AMRFR" (seed
    /// 8282's North Yorkshire).
    /// </summary>
    public static IReadOnlyList<(int Left, int Top, int Right, int Bottom)> BrightFills(IReadOnlyList<FilledRect> fills, double scale) =>
    [
        .. fills.Where(f => IsBrightColour(f.Colour)
                            && !fills.Any(o => o != f && o.Box.Area > f.Box.Area && f.Box.ShareInside(o.Box) > 0.5))
            .Select(f => FillEdges.InPixels(f.Box, scale)),
    ];

    /// <summary>A colour bright and strong enough to be a fill's, not ink: painted white.</summary>
    public static bool IsBrightColour(int r, int g, int b)
    {
        var max = Math.Max(r, Math.Max(g, b));
        return max > 150 && max - Math.Min(r, Math.Min(g, b)) > 60;
    }

    /// <summary>A fill's colour ("RRGGBB") is painted white (<see cref="IsBrightColour(int, int, int)"/>).</summary>
    public static bool IsBrightColour(string? colour)
    {
        if (colour is not { Length: 6 }) return false;
        int Channel(int at) => int.Parse(colour.AsSpan(at, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        return IsBrightColour(Channel(0), Channel(2), Channel(4));
    }

    /// <summary>Pixels either side of a fill's edge that are neither the fill nor the paper around it.</summary>
    private const int EdgeBlock = 4;

    private static bool OnEdge(int x, int y, int left, int top, int right, int bottom) =>
        Math.Min(Math.Min(Math.Abs(x - left), Math.Abs(x - right)), Math.Min(Math.Abs(y - top), Math.Abs(y - bottom))) <= EdgeBlock;
}
