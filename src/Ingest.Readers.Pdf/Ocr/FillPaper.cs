using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// The page's brightness for finding rules, with each dark colour fill made paper. Grey, a green status fill is as
/// dark as ink, and a column of them one under another (the rules between rows dark too) is one dark band that takes
/// in the column rule beside it: the band is too thick to be a rule, and the rule is lost with it (seed 2525's
/// Rhondda Cynon Taf: the status and trend columns ran into the target column). Only pixels at least as bright as
/// the fill, less a margin, are made paper, near the fill: the fill, its blurred rim (JPEG keeps brightness sharp,
/// so a rim is as bright as the fill, whatever its colour) and paper; a rule or a letter darker than that stays.
/// A fill too dark to leave the rules a margin below it is left as it is.
/// </summary>
internal static class FillPaper
{
    /// <summary>
    /// The fills whose brightness is made paper: colour fills, and a greyscale scan's grey ones, where a red, green or
    /// amber status fill is as dark as the column rule beside it (seed 6161's Mansfield lost every column rule of its
    /// table to its columns of grey status cells).
    /// </summary>
    public static (int Left, int Top, int Right, int Bottom, int Luma)[] Fills(IReadOnlyList<FilledRect> colourFills, IReadOnlyList<GreyFills.Area> greyFills,
        double scale) =>
    [
        .. colourFills.Select(f => FillEdges.InPixels(f.Box, scale) is var (l, t, r, b) ? (l, t, r, b, FillEdges.Luma(f.Colour)) : default),
        .. greyFills.Select(a => (a.Left, a.Top, a.Right, a.Bottom, a.Luma)),
    ];

    /// <summary>
    /// The page's rules: found with the fills made paper, less the runs inside them, and on the page as it is
    /// (<see cref="Union"/>); on a page with no fill to make paper, found once.
    /// </summary>
    /// <param name="find">Rules found on a brightness plane (null: the page's own).</param>
    public static IReadOnlyList<PixelRule> Rules(RasterImage image, IReadOnlyList<(int Left, int Top, int Right, int Bottom, int Luma)> fills, int reach,
        int margin, int minLuma, Func<byte[]?, IReadOnlyList<PixelRule>> find)
    {
        var luma = Luma(image, fills, reach, margin, minLuma);
        return ReferenceEquals(luma, image.LumaPlane) ? find(null) : Union(DropInside(find(luma), fills, reach, minLuma), find(null));
    }

    /// <param name="fills">Colour fills in pixels, with their brightness (0-255).</param>
    /// <param name="reach">Pixels around a fill looked at too: its rim, and the rule along it.</param>
    /// <param name="margin">A pixel this much darker than its fill, or more, is ink, not the fill.</param>
    /// <param name="minLuma">Fills darker than this are left: a rule would not be that much darker.</param>
    public static byte[] Luma(RasterImage image, IReadOnlyList<(int Left, int Top, int Right, int Bottom, int Luma)> fills, int reach, int margin,
        int minLuma)
    {
        var plane = image.LumaPlane;
        byte[]? paper = null;
        foreach (var (left, top, right, bottom, luma) in fills)
        {
            if (luma >= ImageRules.Ink || luma < minLuma) continue;
            paper ??= (byte[])plane.Clone();
            // The fill, and its rims: across its rows and along its columns, not by its corners, where the rules along
            // its sides run on past it, lighter away from its dark colour (and its box, found on a grid of blocks, may
            // take in a block of the rule).
            Paper(plane, paper, image.Width, image.Height, left, top, right, bottom, luma - margin);
            Paper(plane, paper, image.Width, image.Height, left - reach, top + reach, right + reach, bottom - reach, luma - margin);
            Paper(plane, paper, image.Width, image.Height, left + reach, top - reach, right - reach, bottom + reach, luma - margin);
        }
        return paper ?? plane;
    }

    /// <summary>
    /// The rules found within a fill made paper, clear of its sides: the letters printed on it, whose feet run together
    /// in a bold word ("GREEN" on a KPI box's green status band, seed 6868's Blaby). Grey, they were one dark band with
    /// the fill, too thick to be a rule; painted out as one, the word was lost.
    /// </summary>
    public static IReadOnlyList<PixelRule> DropInside(IReadOnlyList<PixelRule> rules, IReadOnlyList<(int Left, int Top, int Right, int Bottom, int Luma)> fills,
        int reach, int minLuma)
    {
        var papered = fills.Where(f => f.Luma < ImageRules.Ink && f.Luma >= minLuma).ToList();
        if (papered.Count == 0) return rules;
        bool Inside(PixelRule rule, (int Left, int Top, int Right, int Bottom, int Luma) fill) => rule.Horizontal
            ? rule.Across > fill.Top + reach && rule.Across < fill.Bottom - reach && rule.Start > fill.Left + reach && rule.End < fill.Right - reach
            : rule.Across > fill.Left + reach && rule.Across < fill.Right - reach && rule.Start > fill.Top + reach && rule.End < fill.Bottom - reach;
        var kept = rules.Where(r => !papered.Any(f => Inside(r, f))).ToList();
        return kept.Count == rules.Count ? rules : kept;
    }

    /// <summary>
    /// The rules found with the fills made paper, and those found on the page as it is, each line once: a thin rule
    /// under a fill, as light as the fill itself, is made paper with it and broken (seed 2525's East Devon: the rule
    /// under a KPI box's green status band, so that the box's title ran into its chart), while grey it is found whole.
    /// </summary>
    public static IReadOnlyList<PixelRule> Union(IReadOnlyList<PixelRule> onPaper, IReadOnlyList<PixelRule> asItIs) =>
    [
        .. ImageRules.Absorb([.. onPaper.Where(r => r.Horizontal), .. asItIs.Where(r => r.Horizontal)]),
        .. ImageRules.Absorb([.. onPaper.Where(r => !r.Horizontal), .. asItIs.Where(r => !r.Horizontal)]),
    ];

    private static void Paper(byte[] plane, byte[] paper, int width, int height, int left, int top, int right, int bottom, int limit)
    {
        for (var y = Math.Max(0, top); y <= Math.Min(height - 1, bottom); y++)
        for (var x = Math.Max(0, left); x <= Math.Min(width - 1, right); x++)
        {
            var at = y * width + x;
            if (plane[at] >= limit) paper[at] = 255;
        }
    }
}
