namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// "≥" read as "2". Tesseract's English model reads a target "≥85%" as "285%", a figure nobody wrote, and the row's
/// target is wrong by a factor (seed 1717: eight targets so misread on the page of ten documents looked at). The two
/// differ in their ink: a "2" is one stroke, a "≥" a chevron over a separate bar as wide as it. A word starting with
/// "2" whose first glyph is such a pair of blobs, the lower one flat, starts with "≥" instead.
/// </summary>
internal static class OcrComparisonSigns
{
    /// <summary>Points: the glyph's blobs are at least this long (a bar of a "≥" in small print) and at most this.</summary>
    private const double MinBlob = 1.5;

    private const double MaxBlob = 12;

    /// <param name="grey">The page as Tesseract read it (<see cref="OcrImage.Prepare"/>).</param>
    /// <param name="scale">Points per pixel.</param>
    public static IReadOnlyList<OcrWord> Apply(byte[] grey, int width, int height, IReadOnlyList<OcrWord> words, double scale, ScanSignRules rules)
    {
        var candidates = words.Where(w => w.Text.Length >= 2 && w.Text[0] == '2' && w.Angle == 0).ToList();
        if (candidates.Count == 0) return words;
        // Only the glyphs' cores: blur fills the hairline gap between chevron and bar with light grey.
        var cores = new byte[grey.Length];
        for (var i = 0; i < grey.Length; i++) cores[i] = grey[i] < rules.InkBelow ? (byte)0 : (byte)255;
        var blobs = InkBlobs.Find(cores, width, height, MinBlob / scale, MaxBlob / scale).Select(b => (Blob: b, Box: b.ToBox(scale))).ToList();
        var result = words.ToList();
        foreach (var word in candidates)
        {
            // The word's first glyph: the blobs starting in the first part of its box, a character's share.
            var glyph = word.Box.Width / word.Text.Length;
            var first = blobs.Where(b => b.Box.Left >= word.Box.Left - 1 && b.Box.Left < word.Box.Left + 0.6 * glyph
                                         && b.Box.Top >= word.Box.Top - 1 && b.Box.Bottom <= word.Box.Bottom + 1).ToList();
            if (first.Count != 2) continue;
            var (upper, lower) = first[0].Box.Top <= first[1].Box.Top ? (first[0].Box, first[1].Box) : (first[1].Box, first[0].Box);
            var flat = lower.Height <= rules.MaxBarShare * lower.Width;
            var under = lower.Top >= upper.Bottom;
            var asWide = Math.Abs(lower.Width - upper.Width) <= rules.WidthSlack * upper.Width;
            if (!flat || !under || !asWide) continue;
            result[result.IndexOf(word)] = word with { Text = "≥" + word.Text[1..] };
        }
        return result;
    }
}
