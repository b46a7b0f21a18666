namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Solid discs with no colour to go by: a RAG bullet or drawn status disc on a greyscale scan (red, green and amber
/// turn three greys, amber as pale as 190) or a black "●". Tesseract reads one as "&amp;", "@", "6" or nothing, so a
/// status column of them is empty or junk and the table finder merges it into its neighbours (seed 1717's Croydon,
/// Coventry and Caerphilly, greyscale). Each stands on the page as a "●" without a colour, as a bullet glyph would
/// on a digital page, so its column is found; the rating it showed is not guessed from its grey.
/// </summary>
internal static class OcrDiscs
{
    /// <summary>Disc marks are lines of their own, numbered apart from every reading's lines.</summary>
    private const int DiscLines = 6_000_000;

    /// <summary>How sure a disc read from its shape is, on Tesseract's 0-100 scale.</summary>
    private const double Confidence = 75;

    /// <param name="image">The straightened page: its grey, not Tesseract's picture, where pale discs were painted out.</param>
    /// <param name="scale">Points per pixel.</param>
    public static IReadOnlyList<OcrWord> Apply(RasterImage image, IReadOnlyList<OcrWord> words, double scale, ScanDiscRules rules)
    {
        var blobs = InkBlobs.Find(image.LumaPlane, image.Width, image.Height, rules.MinSize / scale, rules.MaxSize / scale, rules.MaxLuma);
        var result = words.ToList();
        var line = DiscLines;
        foreach (var blob in blobs)
        {
            var (w, h) = (blob.Right - blob.Left + 1, blob.Bottom - blob.Top + 1);
            if (Math.Min(w, h) < rules.MinSize / scale || Math.Max(w, h) > rules.MaxElongation * Math.Min(w, h)) continue;
            var ink = 0;
            foreach (var filled in blob.Mask) if (filled) ink++;
            if (ink < rules.MinSolidity * w * h || !Round(blob) || Roundness(blob) < rules.MinRoundness) continue;
            var box = blob.ToBox(scale);
            // A word read from the disc alone is the disc; a word that only touches it, or holds more, stays.
            var touching = result.Where(word => word.Box.Intersects(box)).ToList();
            var reach = new Ingest.Core.Tables.BoundingBox(box.Left - rules.WordReach, box.Top - rules.WordReach, box.Right + rules.WordReach, box.Bottom + rules.WordReach);
            if (touching.Any(word => word.Text == "●" || word.Box.ShareInside(reach) < rules.MinWordCover)) continue;
            // A word read surely is what it says: a bold "s" blurred solid is round enough (seed 1717's Maidstone read
            // its header "Good is" as "Good ●", and lost every row).
            if (touching.Any(word => word.Confidence >= rules.MaxWordConfidence && word.Text.Any(char.IsLetter))) continue;
            foreach (var word in touching) result.Remove(word);
            result.Add(new OcrWord("●", box, Confidence, ++line));
        }
        return result;
    }

    /// <summary>Share of the pixels of the ellipse the blob's box holds, and of the blob, that the two have in common.</summary>
    private static double Roundness(InkBlobs.Blob blob)
    {
        var (h, w) = (blob.Mask.GetLength(0), blob.Mask.GetLength(1));
        var (both, either) = (0, 0);
        for (var y = 0; y < h; y++)
        for (var x = 0; x < w; x++)
        {
            var dx = (x + 0.5 - w / 2.0) / (w / 2.0);
            var dy = (y + 0.5 - h / 2.0) / (h / 2.0);
            var inside = dx * dx + dy * dy <= 1;
            if (inside && blob.Mask[y, x]) both++;
            if (inside || blob.Mask[y, x]) either++;
        }
        return either == 0 ? 0 : (double)both / either;
    }

    /// <summary>A disc, not a square or a letter: its corners are paper, its middle ink.</summary>
    private static bool Round(InkBlobs.Blob blob)
    {
        var (h, w) = (blob.Mask.GetLength(0), blob.Mask.GetLength(1));
        var corners = new[] { blob.Mask[0, 0], blob.Mask[0, w - 1], blob.Mask[h - 1, 0], blob.Mask[h - 1, w - 1] };
        var middle = true;
        for (var y = h / 3; y < h - h / 3; y++)
        for (var x = w / 3; x < w - w / 3; x++) middle &= blob.Mask[y, x];
        return !corners.Any(c => c) && middle;
    }
}
