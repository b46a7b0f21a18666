using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Bold words on a scan, from the thickness of their strokes. Tesseract's TSV says nothing of weight,
/// yet the digital path leans on it: bold lines at the top of an unruled table are its header, however
/// many lines it wraps to, and a bold line of one cell is a section heading, not the continuation of
/// the row above. A word's stroke width is its ink over half its ink's edge (a stroke w pixels wide and
/// L long has w·L ink pixels and 2·L edge pixels); a word whose strokes are clearly thicker than the
/// page's typical word is bold. A word is judged with the rest of its line (one cell's text in a sparse
/// reading), short words ("of", "Q3") having too little ink to measure alone.
/// </summary>
internal static class OcrBoldWords
{
    public static IReadOnlyList<OcrWord> Mark(byte[] grey, int width, int height, IReadOnlyList<OcrWord> words, double scale,
        OcrBoldOptions options)
    {
        if (words.Count == 0) return words;
        var ink = words.Select(w => Measure(grey, width, height, w.Box, scale, options.InkBelow)).ToArray();
        var byLine = new Dictionary<int, Ink>();
        for (var i = 0; i < words.Count; i++)
            byLine[words[i].Line] = byLine.TryGetValue(words[i].Line, out var sum) ? sum + ink[i] : ink[i];
        var measured = ink.Where(k => k.Edge >= options.MinEdge).Select(k => k.Stroke).Order().ToList();
        if (measured.Count == 0) return words;
        var typical = measured[measured.Count / 2];

        var result = new List<OcrWord>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var own = byLine[words[i].Line];
            var bold = own.Edge >= options.MinEdge && own.Stroke >= options.Thicker * typical;
            result.Add(bold ? words[i] with { Bold = true } : words[i]);
        }
        // A line with too little ink to measure (the "T" of a header wrapped "Do" / "T") continues the cell of the word
        // just above it, and takes its weight: left plain, it ended seed 7171's Tandridge header half way down, and
        // the header's other lines stood as rows of their own. Top to bottom, so a cell of several such lines follows.
        var order = Enumerable.Range(0, result.Count).OrderBy(i => result[i].Box.Top).ToList();
        foreach (var i in order)
        {
            var word = result[i];
            if (word.Bold || byLine[word.Line].Edge >= options.MinEdge) continue;
            var above = result.Where(w => w.Box.Bottom <= word.Box.Top + 0.5 * word.Box.Height
                                          && word.Box.Top - w.Box.Bottom <= word.Box.Height
                                          && Math.Min(w.Box.Right, word.Box.Right) - Math.Max(w.Box.Left, word.Box.Left) > 0)
                .MaxBy(w => w.Box.Bottom);
            if (above is { Bold: true }) result[i] = word with { Bold = true };
        }
        return result;
    }

    /// <summary>Ink and edge pixels inside a word's box: dark pixels, and those of them next to a light one.</summary>
    private static Ink Measure(byte[] grey, int width, int height, BoundingBox box, double scale, int inkBelow)
    {
        var left = Math.Max(1, (int)(box.Left / scale));
        var right = Math.Min(width - 2, (int)Math.Ceiling(box.Right / scale));
        var top = Math.Max(1, (int)(box.Top / scale));
        var bottom = Math.Min(height - 2, (int)Math.Ceiling(box.Bottom / scale));
        long dark = 0, edge = 0;
        for (var y = top; y <= bottom; y++)
        {
            var row = y * width;
            for (var x = left; x <= right; x++)
            {
                var i = row + x;
                if (grey[i] >= inkBelow) continue;
                dark++;
                if (grey[i - 1] >= inkBelow || grey[i + 1] >= inkBelow || grey[i - width] >= inkBelow || grey[i + width] >= inkBelow)
                    edge++;
            }
        }
        return new Ink(dark, edge);
    }

    private readonly record struct Ink(long Dark, long Edge)
    {
        public double Stroke => Edge == 0 ? 0 : 2.0 * Dark / Edge;
        public static Ink operator +(Ink a, Ink b) => new(a.Dark + b.Dark, a.Edge + b.Edge);
    }
}

/// <summary>Tolerances of <see cref="OcrBoldWords"/>.</summary>
/// <param name="InkBelow">Grey levels below this are ink (paper, tints and painted-out colour are lighter).</param>
/// <param name="MinEdge">Fewer edge pixels than this are too little ink to measure a stroke on.</param>
/// <param name="Thicker">A word whose strokes are this many times the page's typical width is bold.</param>
public sealed record OcrBoldOptions(int InkBelow = 140, int MinEdge = 120, double Thicker = 1.3);
