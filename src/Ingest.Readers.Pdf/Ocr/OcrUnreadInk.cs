using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Places on a page where there is ink but the first reading found no word: Tesseract's sparse-text
/// reading drops a lone letter in a cell (the "R", "A", "G" of a status column) or the first digit of a
/// number as noise. Blobs of ink no word covers are grouped into word-sized regions (blobs side by side
/// on one line, a letter's width apart at most). A region that touches a word of the first reading is part
/// of it (the bar under a "≤", an accent) and is left alone: read again on its own it comes back as junk
/// that would crowd the word. Each other region is given a second look.
/// </summary>
internal static class OcrUnreadInk
{
    /// <summary>A region's longer side in points at least: shorter ink is a speck, a dot or a comma.</summary>
    private const double MinLength = 3.5;

    /// <summary>A blob's longer side in points at most: longer ink is a drawing or a rule's stub.</summary>
    private const double MaxLength = 24;

    /// <summary>
    /// A word whose letters scanning blur ran together is one blob, longer than <see cref="MaxLength"/> (seed 8282's
    /// Thanet: a bold "Performance" header, 45 points, so its column had no header): a blob up to this long is still
    /// read when it is a line of text's height and no solid bar.
    /// </summary>
    private const double MaxRunTogether = 120;

    /// <summary>Points: the height of a line of text, from a rule's stub (thinner) to a drawing (taller).</summary>
    private const double MinTextHeight = 3, MaxTextHeight = 12;

    /// <summary>An upright piece of ink at most this share as wide as it is tall is a line, when taller than text.</summary>
    private const double MaxLineBreadth = 0.3;

    /// <summary>Share of its box a run-together word's ink covers, from a chart's thin line drawn across the box
    /// (0.1-0.2, read as junk that swamped a KPI box's title, seed 6161's Oxfordshire) to a bar of a chart, solid; a
    /// bold "GREEN" blurred into one blob at 167 dpi covers 0.75 (seed 8282's Tamworth, its KPI box's RAG word).</summary>
    private const double MinTextInk = 0.3, MaxTextInk = 0.85;

    /// <summary>Blobs closer than this share of their height, side by side, are one region.</summary>
    private const double JoinGap = 0.6;

    /// <summary>Blobs one above the other overlap by this share of the shorter one's height to be on one line.</summary>
    private const double SameLine = 0.4;

    /// <summary>At most this many regions a page: a page full of unread ink is a picture, not a table.</summary>
    private const int MaxRegions = 400;

    /// <summary>The regions, in points.</summary>
    public static IReadOnlyList<UnreadRegion> Find(byte[] grey, int width, int height, IReadOnlyList<OcrWord> words, double scale)
    {
        var blobs = InkBlobs.Find(grey, width, height, 0.25 * MinLength / scale, MaxRunTogether / scale)
            .Where(b => Math.Max(b.Right - b.Left + 1, b.Bottom - b.Top + 1) * scale <= MaxLength || IsRunTogetherWord(b, scale))
            .Select(b => b.ToBox(scale))
            .Where(box => !words.Any(w => w.Box.Expanded(0.5).ContainsCentreOf(box)) && !IsUprightLine(box))
            .ToList();
        var regions = new List<BoundingBox>();
        foreach (var blob in blobs.OrderBy(b => b.Left))
        {
            var index = regions.FindIndex(r => Joins(r, blob));
            if (index < 0) regions.Add(blob);
            else regions[index] = Union(regions[index], blob);
        }
        var result = new List<UnreadRegion>();
        foreach (var region in regions.Where(r => Math.Max(r.Width, r.Height) >= MinLength && r.Height >= 0.3 * MinLength))
        {
            var touching = words.Where(w => Joins(w.Box, region)).ToList();
            if (touching.Count == 0) result.Add(new UnreadRegion(region));
            // Ink beside a number is often its first digit, dropped ("95%" read "5%"): the number is read again
            // with it. Other touching ink (the bar under a "≤", an accent) is part of its word and left alone.
            else if (touching is [var number] && number.Text.Any(char.IsDigit) && number.Angle == 0)
                result.Add(new UnreadRegion(Union(number.Box, region), number));
            if (result.Count >= MaxRegions) break;
        }
        return result;
    }

    /// <summary>
    /// A thin upright piece taller than a line of text: what is left of a cell's side or a fill's edge, no letter. Joined
    /// with the word beside it, it made the place read again reach down to the mark under the word, and the word was
    /// never read (seed 8282's Tamworth: the edge of a KPI box's title band beside its "GREEN").
    /// </summary>
    private static bool IsUprightLine(BoundingBox box) => box.Height > MaxTextHeight && box.Width < MaxLineBreadth * box.Height;

    private static bool IsRunTogetherWord(InkBlobs.Blob blob, double scale)
    {
        var (wide, high) = (blob.Right - blob.Left + 1, blob.Bottom - blob.Top + 1);
        if (wide <= high || high * scale < MinTextHeight || high * scale > MaxTextHeight) return false;
        var ink = 0;
        foreach (var pixel in blob.Mask) if (pixel) ink++;
        return ink >= MinTextInk * wide * high && ink <= MaxTextInk * wide * high;
    }

    private static bool Joins(BoundingBox a, BoundingBox b)
    {
        var overlap = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        if (overlap < SameLine * Math.Min(a.Height, b.Height)) return false;
        var gap = Math.Max(a.Left, b.Left) - Math.Min(a.Right, b.Right);
        return gap <= JoinGap * Math.Max(a.Height, b.Height);
    }

    private static BoundingBox Union(BoundingBox a, BoundingBox b) =>
        new(Math.Min(a.Left, b.Left), Math.Min(a.Top, b.Top), Math.Max(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom));
}

/// <summary>A place to read again (points).</summary>
/// <param name="Extends">The number of the first reading this place holds with the ink beside it, if any.</param>
/// <param name="Replaces">The unsure words of the first reading this place holds, if any (<see cref="OcrDoubtfulWords"/>).</param>
internal sealed record UnreadRegion(BoundingBox Box, OcrWord? Extends = null, IReadOnlyList<OcrWord>? Replaces = null);
