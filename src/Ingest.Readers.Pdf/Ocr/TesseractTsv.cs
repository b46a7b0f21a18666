using System.Globalization;
using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Tesseract's TSV output: one row per page, block, paragraph, line and word. Words (level 5) with
/// their boxes in pixels, confidence and line are kept; empty words and Tesseract's -1 rows are not.
/// </summary>
internal static class TesseractTsv
{
    public static IReadOnlyList<OcrWord> Parse(string tsv, double scale)
    {
        var words = new List<OcrWord>();
        var lineNumbers = new Dictionary<(int, int, int), int>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var f = line.Split('\t');
            if (f.Length < 12 || f[0] != "5") continue;
            var text = f[11].Trim();
            if (text.Length == 0) continue;
            if (!int.TryParse(f[6], CultureInfo.InvariantCulture, out var left)
                || !int.TryParse(f[7], CultureInfo.InvariantCulture, out var top)
                || !int.TryParse(f[8], CultureInfo.InvariantCulture, out var width)
                || !int.TryParse(f[9], CultureInfo.InvariantCulture, out var height)
                || !double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
                continue;
            var key = (Int(f[2]), Int(f[3]), Int(f[4]));
            if (!lineNumbers.TryGetValue(key, out var number)) lineNumbers[key] = number = lineNumbers.Count + 1;
            var box = new BoundingBox(left * scale, top * scale, (left + width) * scale, (top + height) * scale);
            words.Add(new OcrWord(text, box, Math.Clamp(confidence, 0, 100), number));
        }
        return words;
    }

    private static int Int(string s) => int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
