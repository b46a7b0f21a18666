namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Each word's baseline read from its ink: the row where most of its columns of ink end. Tesseract boxes a word
/// from its highest ink to its lowest, so a "Q" 's tail, a "/" or a "g" puts the box's bottom below the line the
/// letters stand on, and a line sized from that box comes out too big and too low. Laid out so, a group label
/// "Q3 2022/23" reached down to the sub-header under it ("Tgt") and the two were read as one header (seed
/// 1919's Carmarthenshire, Babergh and Renfrewshire: every figure of the group's other columns
/// lost). Most letters stand on the baseline, so most columns end there; a descender ends only its own few.
/// </summary>
internal static class OcrBaselines
{
    public static IReadOnlyList<OcrWord> Measure(byte[] grey, int width, int height, IReadOnlyList<OcrWord> words, double scale,
        ScanBaselineRules? rules = null)
    {
        rules ??= new ScanBaselineRules();
        return words.Select(w => w.Angle == 0 && w.Text.Count(char.IsLetterOrDigit) >= 2 && Baseline(grey, width, height, w, scale, rules) is { } baseline
            ? w with { Baseline = baseline }
            : w).ToList();
    }

    private static double? Baseline(byte[] grey, int width, int height, OcrWord word, double scale, ScanBaselineRules rules)
    {
        var (left, right) = (Math.Max(0, (int)Math.Floor(word.Box.Left / scale)), Math.Min(width - 1, (int)Math.Ceiling(word.Box.Right / scale)));
        var (top, bottom) = (Math.Max(0, (int)Math.Floor(word.Box.Top / scale)), Math.Min(height - 1, (int)Math.Ceiling(word.Box.Bottom / scale)));
        var ends = new List<int>();
        for (var x = left; x <= right; x++)
        {
            for (var y = bottom; y >= top; y--)
            {
                if (grey[y * width + x] >= rules.Ink) continue;
                ends.Add(y);
                break;
            }
        }
        if (ends.Count < rules.MinColumns) return null;
        // The row most columns end on, give or take a pixel of blur; of rows as common, the lowest.
        var (row, count) = ends.Distinct().Select(y => (Y: y, Count: ends.Count(e => Math.Abs(e - y) <= 1)))
            .OrderByDescending(r => r.Count).ThenByDescending(r => r.Y).First();
        if (count < rules.MinShare * ends.Count || row - top < rules.MinDepth * (bottom - top)) return null;
        var baseline = (row + 1) * scale;
        return Math.Min(baseline, word.Box.Bottom);
    }
}
