using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// A full stop after a figure that ends its line, put back from the ink. Tesseract's sparse-text reading drops it
/// ("Performance to the end of September 2022." read as "...2022", seed 3535's Nottingham), and the line then reads
/// as a heading rather than a sentence, so the table's section became that subtitle. The ink tells it: one small
/// round blob on the figure's baseline just after its last digit, and nothing else there. Only figures: after a
/// letter Tesseract keeps the point, and a letter's descender would hide where the baseline is.
/// </summary>
internal static class OcrFullStops
{
    public static IReadOnlyList<OcrWord> Apply(byte[] grey, int width, int height, IReadOnlyList<OcrWord> words, double scale, ScanDecimalRules rules)
    {
        var result = words.ToList();
        foreach (var line in words.Where(w => w.Angle == 0).GroupBy(w => w.Line))
        {
            var last = line.MaxBy(w => w.Box.Right)!;
            if (last.Text.Length == 0 || !char.IsDigit(last.Text[^1])) continue;
            var reach = rules.FullStopReach * last.Box.Height;
            var after = new BoundingBox(last.Box.Right, last.Box.Top, last.Box.Right + reach, last.Box.Bottom);
            if (words.Any(w => !ReferenceEquals(w, last) && w.Box.Intersects(after))) continue;
            var box = new BoundingBox(last.Box.Left, last.Box.Top, after.Right, last.Box.Bottom);
            if (FigureInk.Of(grey, width, height, box, scale, rules.TallShare, rules.TopSlack, percent: false) is not { } ink) continue;
            // Crop pixels start a pixel before the box (FigureInk's margin).
            var wordRight = last.Box.Right / scale - (Math.Floor(last.Box.Left / scale) - 1);
            var beyond = ink.Blobs.Where(b => b.Left > wordRight).ToList();
            if (beyond is not [var point] || !FigureInk.IsPoint(point, ink.Size, ink.Baseline, rules)) continue;
            result[result.IndexOf(last)] = last with { Text = last.Text + "." };
        }
        return result;
    }
}
