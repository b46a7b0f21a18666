using Ingest.Core.Tables;

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
        var result = words.ToList();
        if (candidates.Count == 0) return words;
        // Only the glyphs' cores first: blur fills the hairline gap between chevron and bar lighter. A light face's
        // chevron is a thin stroke that the scan leaves lighter than that core (seed 1919's Three Rivers, "≥89%" read
        // "289%"), so it is looked for again with all the ink, where such a sign's gap shows.
        foreach (var inkBelow in new[] { rules.InkBelow, rules.FaintInkBelow }.Distinct())
        {
            var blobs = InkBlobs.Find(grey, width, height, MinBlob / scale, MaxBlob / scale, inkBelow).Select(b => b.ToBox(scale)).ToList();
            foreach (var word in candidates)
            {
                var index = result.IndexOf(word);
                if (index < 0 || !(StartsWithSign(word, blobs, rules) || SignBeforeDigits(grey, width, height, word, scale, rules))) continue;
                result[index] = word with { Text = "≥" + word.Text[1..] };
            }
        }
        return result;
    }

    /// <summary>
    /// The ink before the digits is a sign, not a "2": it stands lower than the digits' top line, in pieces, one a flat
    /// bar (seed 1919's Three Rivers and Babergh: "≥94%" and "≥90%" read "294%" and "290%", their chevrons pale),
    /// and the digits the ink holds are those read after the "2".
    /// </summary>
    private static bool SignBeforeDigits(byte[] grey, int width, int height, OcrWord word, double scale, ScanSignRules rules) =>
        rules.FigureInkBelow.Any(inkBelow => SignBeforeDigits(grey, width, height, word, scale, rules, inkBelow));

    private static bool SignBeforeDigits(byte[] grey, int width, int height, OcrWord word, double scale, ScanSignRules rules, int inkBelow)
    {
        if (FigureInk.Of(grey, width, height, word.Box, scale, rules.TallShare, rules.DigitTopSlack, word.Text.EndsWith('%'), inkBelow)
                is not { Digits.Count: > 0 } ink
            || ink.Digits.Count != word.Text.Count(char.IsDigit) - 1) return false;
        var sign = ink.Blobs.Where(b => b.Right < ink.Digits[0].Left).ToList();
        var top = ink.Digits.Min(b => b.Top) + rules.SignBelowTop * ink.Size;
        return sign.Count >= 2 && sign.All(b => b.Top >= top)
               && sign.Any(b => FigureInk.Height(b) <= rules.MaxBarShare * FigureInk.Width(b))
               && sign.Any(b => FigureInk.Height(b) >= rules.MinChevronShare * ink.Size);
    }

    private static bool StartsWithSign(OcrWord word, List<BoundingBox> blobs, ScanSignRules rules)
    {
        // The word's first glyph: the blobs starting in the first part of its box, a character's share.
        var glyph = word.Box.Width / word.Text.Length;
        var first = blobs.Where(b => b.Left >= word.Box.Left - 1 && b.Left < word.Box.Left + 0.6 * glyph
                                     && b.Top >= word.Box.Top - 1 && b.Bottom <= word.Box.Bottom + 1).ToList();
        if (first.Count != 2) return false;
        var (upper, lower) = first[0].Top <= first[1].Top ? (first[0], first[1]) : (first[1], first[0]);
        var flat = lower.Height <= rules.MaxBarShare * lower.Width;
        var under = lower.Top >= upper.Bottom;
        var asWide = Math.Abs(lower.Width - upper.Width) <= rules.WidthSlack * upper.Width;
        return flat && under && asWide;
    }
}
