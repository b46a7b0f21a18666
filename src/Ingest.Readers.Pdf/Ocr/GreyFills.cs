using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Cell shading with no colour: a RAG fill on a greyscale scan, or a grey band. Red, green and amber turn
/// mid grey once a page is scanned in grey, as dark as text to Tesseract, which reads the shade as junk
/// ("| -", "ee", "a") that then stands in the table as a column of its own. Found as rectangles of even
/// grey on a reduced copy of the page, so that the letters inside them do not matter, then painted out for
/// Tesseract (<see cref="OcrImage.Prepare"/>) and handed to the table finder as fills, as a digital page's are.
/// Paler shading Tesseract reads through is left on the page, but its bands are found too: they part rows.
/// </summary>
internal static class GreyFills
{
    /// <summary>Pixels: shading is measured in blocks this size, so its edges are found to within a block.</summary>
    public const int Step = ImageBlocks.Step;

    /// <summary>A grey fill in pixels (inclusive) with its mean brightness.</summary>
    public sealed record Area(int Left, int Top, int Right, int Bottom, int Luma)
    {
        public FilledRect ToFill(double scale, int order) =>
            new(new BoundingBox(Left * scale, Top * scale, (Right + 1) * scale, (Bottom + 1) * scale), $"{Luma:X2}{Luma:X2}{Luma:X2}", order);
    }

    /// <summary>What the page's shading with no colour is: <paramref name="Fills"/> dark enough to paint out for Tesseract,
    /// <paramref name="PaleBands"/> paler ones it reads through, which still draw a row's edges.</summary>
    public sealed record Shading(IReadOnlyList<Area> Fills, IReadOnlyList<Area> PaleBands);

    public static Shading Find(RasterImage image, double scale, ScanGreyFillRules rules)
    {
        var grid = image.Blocks;
        var (w, h) = (grid.Width, grid.Height);
        var luma = new int[w * h];
        var brightest = new int[w * h];
        var even = new bool[w * h];
        var histogram = new int[256];
        for (var i = 0; i < w * h; i++)
        {
            var (r, g, b) = grid.Mean(i);
            var mean = (r * 299 + g * 587 + b * 114) / 1000;
            luma[i] = mean;
            brightest[i] = grid.High[i];
            // Coloured shading is ImageFills' and ScanColours'; here only what has no colour to go by.
            var chroma = Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b));
            even[i] = grid.High[i] - grid.Low[i] <= rules.MaxSpread && chroma < rules.MaxChroma;
            if (even[i]) histogram[Math.Clamp(mean, 0, 255)]++;
        }
        var blocks = new Blocks(w, h, luma, brightest, even);
        // A page is mostly paper: its commonest even shade. A pale band is told from it by being darker by a margin,
        // so tinted paper (or a scanner's grey ground) is never a band.
        var paper = Array.IndexOf(histogram, histogram.Max());
        var paleMax = Math.Min(rules.PaleMaxLuma, paper - rules.PaleBelowPaper);
        return new Shading(
            Areas(blocks, scale, rules, rules.MinLuma, rules.MaxLuma, lettered: false),
            paleMax > rules.MaxLuma ? Areas(blocks, scale, rules, rules.MaxLuma + 1, paleMax, lettered: true) : []);
    }

    /// <param name="Brightest">Each block's brightest pixel: in a block of shade with a letter's stroke on it, the shade.</param>
    private sealed record Blocks(int Width, int Height, int[] Luma, int[] Brightest, bool[] Even);

    /// <summary>Rectangles of even blocks of one shade between <paramref name="minLuma"/> and <paramref name="maxLuma"/>.</summary>
    /// <param name="lettered">Count blocks of the shade with letters on it towards its solidity (<see cref="Lettered"/>). Not
    /// for fills painted out: there a cluster of bold letters, its strokes and its gaps blurred to one mid grey, would
    /// pass for a fill and its text be painted out with it (seed 6868's South Kesteven lost "Staff and Workforce").</param>
    private static List<Area> Areas(Blocks blocks, double scale, ScanGreyFillRules rules, int minLuma, int maxLuma, bool lettered)
    {
        var (w, h, luma) = (blocks.Width, blocks.Height, blocks.Luma);
        var even = new bool[w * h];
        for (var i = 0; i < even.Length; i++) even[i] = blocks.Even[i] && luma[i] >= minLuma && luma[i] <= maxLuma;

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
                if (x > 0) Visit(i - 1);
                if (x < w - 1) Visit(i + 1);
                if (y > 0) Visit(i - w);
                if (y < h - 1) Visit(i + w);
            }
            var (across, down) = (right - left + 1, bottom - top + 1);

            void Visit(int j)
            {
                if (seen[j] || !even[j] || Math.Abs(luma[j] - seed) > rules.SameShade) return;
                seen[j] = true;
                stack.Push(j);
            }

            // A cell's shade is a rectangle, mostly even where its text leaves it: a drawn arrow, a bullet or a
            // bold letter in dark grey is smaller and fills far less of its box.
            if (Math.Max(across, down) < rules.MinLength / scale / Step || Math.Min(across, down) < minBlocks) continue;
            var shade = (int)(sum / count);
            var withLetters = lettered ? Lettered(blocks, even, left, top, right, bottom, shade, rules.SameShade) : 0;
            if (count + withLetters < rules.MinSolidity * across * down) continue;
            areas.Add(new Area(left * Step, top * Step, (right + 1) * Step - 1, (bottom + 1) * Step - 1, shade));
        }
        return areas;
    }

    /// <summary>
    /// Blocks in the box that are the shade with letters on it: not even, but their brightest pixel is the shade. A pale
    /// title band holding two lines of bold text (seed 2121's South Cambridgeshire) is more letters than even shade.
    /// </summary>
    private static int Lettered(Blocks blocks, bool[] even, int left, int top, int right, int bottom, int shade, int sameShade)
    {
        var count = 0;
        for (var y = top; y <= bottom; y++)
        for (var x = left; x <= right; x++)
        {
            var i = y * blocks.Width + x;
            if (!even[i] && !blocks.Even[i] && Math.Abs(blocks.Brightest[i] - shade) <= sameShade) count++;
        }
        return count;
    }
}
