using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Cell shading with no colour: a RAG fill on a greyscale scan, or a grey band. Red, green and amber turn
/// mid grey once a page is scanned in grey, as dark as text to Tesseract, which reads the shade as junk
/// ("| -", "ee", "a") that then stands in the table as a column of its own. Found as rectangles of even
/// grey on a reduced copy of the page, so that the letters inside them do not matter, then painted out for
/// Tesseract (<see cref="OcrImage.Prepare"/>) and handed to the table finder as fills, as a digital page's are.
/// </summary>
internal static class GreyFills
{
    private const int Step = 4;

    /// <summary>A grey fill in pixels (inclusive) with its mean brightness.</summary>
    public sealed record Area(int Left, int Top, int Right, int Bottom, int Luma)
    {
        public FilledRect ToFill(double scale, int order) =>
            new(new BoundingBox(Left * scale, Top * scale, (Right + 1) * scale, (Bottom + 1) * scale), $"{Luma:X2}{Luma:X2}{Luma:X2}", order);
    }

    public static IReadOnlyList<Area> Find(RasterImage image, double scale, ScanGreyFillRules rules)
    {
        var w = image.Width / Step;
        var h = image.Height / Step;
        var luma = new int[w * h];
        var even = new bool[w * h];
        for (var y = 0; y < h; y++)
        for (var x = 0; x < w; x++)
        {
            var (r, g, b) = image.MeanOfBlock(x * Step, y * Step, Step);
            var (low, high) = (255, 0);
            for (var dy = 0; dy < Step; dy++)
            for (var dx = 0; dx < Step; dx++)
            {
                var l = image.Luma(x * Step + dx, y * Step + dy);
                (low, high) = (Math.Min(low, l), Math.Max(high, l));
            }
            var mean = (r * 299 + g * 587 + b * 114) / 1000;
            luma[y * w + x] = mean;
            // Coloured shading is ImageFills' and ScanColours'; here only what has no colour to go by.
            var chroma = Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b));
            even[y * w + x] = mean >= rules.MinLuma && mean <= rules.MaxLuma && high - low <= rules.MaxSpread && chroma < rules.MaxChroma;
        }

        var areas = new List<Area>();
        var seen = new bool[w * h];
        var stack = new Stack<int>();
        var minBlocks = rules.MinSize / scale / Step;
        for (var start = 0; start < w * h; start++)
        {
            if (!even[start] || seen[start]) continue;
            seen[start] = true;
            stack.Push(start);
            int count = 0, left = w, top = h, right = 0, bottom = 0;
            long sum = 0;
            var seed = luma[start];
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                var (x, y) = (i % w, i / w);
                count++;
                sum += luma[i];
                (left, right, top, bottom) = (Math.Min(left, x), Math.Max(right, x), Math.Min(top, y), Math.Max(bottom, y));
                foreach (var j in new[] { x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1 })
                {
                    if (j < 0 || seen[j] || !even[j] || Math.Abs(luma[j] - seed) > rules.SameShade) continue;
                    seen[j] = true;
                    stack.Push(j);
                }
            }
            var (across, down) = (right - left + 1, bottom - top + 1);
            // A cell's shade is a rectangle, mostly even where its text leaves it: a drawn arrow, a bullet or a
            // bold letter in dark grey is smaller and fills far less of its box.
            if (Math.Max(across, down) < rules.MinLength / scale / Step || Math.Min(across, down) < minBlocks) continue;
            if (count < rules.MinSolidity * across * down) continue;
            areas.Add(new Area(left * Step, top * Step, (right + 1) * Step - 1, (bottom + 1) * Step - 1, (int)(sum / count)));
        }
        return areas;
    }
}
