using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// A word Tesseract read across a table's column line ("CG3___Fly-tipping": a reference, the line's
/// stub and the next cell's first word) is two words: it is cut where the line crosses it, its
/// letters shared out by their share of its width. Lines are painted out before reading, so nothing
/// else keeps the two cells' text apart.
/// </summary>
internal static class OcrWordSplit
{
    /// <summary>A line must lie at least this far (points) inside the word to cut it: a box edge touching a line is not a crossing.</summary>
    private const double Inside = 1.5;

    public static IReadOnlyList<OcrWord> AtColumnLines(IReadOnlyList<OcrWord> words, IReadOnlyList<Rule> rules)
    {
        var verticals = rules.Where(r => r.IsVertical).ToList();
        if (verticals.Count == 0) return words;
        var result = new List<OcrWord>(words.Count);
        foreach (var word in words) Split(word, verticals, result);
        return result;
    }

    private static void Split(OcrWord word, List<Rule> verticals, List<OcrWord> result)
    {
        var box = word.Box;
        var middle = (box.Top + box.Bottom) / 2;
        var cut = verticals.FirstOrDefault(r => r.X1 > box.Left + Inside && r.X1 < box.Right - Inside
                                                && Math.Min(r.Y1, r.Y2) <= middle && Math.Max(r.Y1, r.Y2) >= middle);
        if (cut is null || word.Text.Length < 2)
        {
            result.Add(word);
            return;
        }
        var at = (int)Math.Round(word.Text.Length * (cut.X1 - box.Left) / box.Width);
        at = Math.Clamp(at, 1, word.Text.Length - 1);
        var left = word.Text[..at].TrimEnd('_', '|');
        var right = word.Text[at..].TrimStart('_', '|');
        if (left.Length > 0) Split(word with { Text = left, Box = box with { Right = cut.X1 } }, verticals, result);
        if (right.Length > 0) Split(word with { Text = right, Box = box with { Left = cut.X1 } }, verticals, result);
    }
}
