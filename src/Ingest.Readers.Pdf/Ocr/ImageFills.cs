using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Coloured cell shading in a scan (a RAG cell, a tinted header): connected areas of one clear colour,
/// looked for on a reduced copy of the page so noise and letters inside them do not matter.
/// </summary>
internal static class ImageFills
{
    private const int Step = ImageBlocks.Step;

    /// <summary>Least spread between a pixel's channels for it to count as coloured rather than grey.</summary>
    private const int MinChroma = 14;

    /// <summary>Neighbours closer than this (sum of channel differences) are the same fill.</summary>
    private const int SameColour = 45;

    /// <summary>Fewer reduced pixels than this is a speck, not a fill.</summary>
    private const int MinPixels = 24;

    public static IReadOnlyList<FilledRect> Find(RasterImage image, double scale)
    {
        var grid = image.Blocks;
        var (w, h) = (grid.Width, grid.Height);
        var colours = new (int R, int G, int B)[w * h];
        var coloured = new bool[w * h];
        for (var i = 0; i < w * h; i++)
        {
            var c = grid.Mean(i);
            colours[i] = c;
            var max = Math.Max(c.Item1, Math.Max(c.Item2, c.Item3));
            var min = Math.Min(c.Item1, Math.Min(c.Item2, c.Item3));
            coloured[i] = max - min >= MinChroma && max > 90;
        }

        var fills = new List<FilledRect>();
        var seen = new bool[w * h];
        var stack = new Stack<int>();
        for (var start = 0; start < w * h; start++)
        {
            if (!coloured[start] || seen[start]) continue;
            seen[start] = true;
            stack.Push(start);
            int count = 0, left = w, top = h, right = 0, bottom = 0;
            long sr = 0, sg = 0, sb = 0;
            var seed = colours[start];
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                var (x, y) = (i % w, i / w);
                count++;
                sr += colours[i].R;
                sg += colours[i].G;
                sb += colours[i].B;
                left = Math.Min(left, x);
                right = Math.Max(right, x);
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y);
                foreach (var j in Neighbours(i, x, y, w, h))
                {
                    if (seen[j] || !coloured[j] || Distance(colours[j], seed) > SameColour) continue;
                    seen[j] = true;
                    stack.Push(j);
                }
            }
            if (count < MinPixels || right - left < 3 || bottom - top < 3) continue;
            var colour = $"{sr / count:X2}{sg / count:X2}{sb / count:X2}";
            var box = new BoundingBox(left * Step * scale, top * Step * scale, (right + 1) * Step * scale, (bottom + 1) * Step * scale);
            fills.Add(new FilledRect(box, colour, fills.Count));
        }
        return Joined(fills, scale);
    }

    /// <summary>
    /// Pieces of one fill as one: a cell's text cuts its shading into pieces that overlap (seed 7171's North Tyneside
    /// KPI box title came out as five, one inside another), where a digital page has one rectangle; its pieces'
    /// edges then stood as cell edges. Pieces of the same colour whose boxes overlap are joined; neighbouring cells
    /// of one colour (two green status cells, one above the other) only touch, and stay apart.
    /// </summary>
    private static List<FilledRect> Joined(List<FilledRect> fills, double scale)
    {
        var touch = Step * scale;
        var joined = fills.ToList();
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < joined.Count && !changed; i++)
            for (var j = i + 1; j < joined.Count && !changed; j++)
            {
                var (a, b) = (joined[i], joined[j]);
                if (Distance(Rgb(a.Colour!), Rgb(b.Colour!)) > SameColour) continue;
                // Overlapping by more than a block each way: cells side by side, even of one colour, only touch.
                if (a.Box.Left >= b.Box.Right - touch || b.Box.Left >= a.Box.Right - touch || a.Box.Top >= b.Box.Bottom - touch || b.Box.Top >= a.Box.Bottom - touch) continue;
                // The larger piece's colour stands for the whole.
                var colour = a.Box.Area >= b.Box.Area ? a.Colour : b.Colour;
                joined[i] = new FilledRect(a.Box.Union(b.Box), colour, a.Order);
                joined.RemoveAt(j);
                changed = true;
            }
        }
        return joined.Select((f, i) => f with { Order = i }).ToList();
    }

    private static (int R, int G, int B) Rgb(string hex) => (
        int.Parse(hex[..2], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(hex[2..4], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(hex[4..6], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));

    private static IEnumerable<int> Neighbours(int i, int x, int y, int w, int h)
    {
        if (x > 0) yield return i - 1;
        if (x < w - 1) yield return i + 1;
        if (y > 0) yield return i - w;
        if (y < h - 1) yield return i + w;
    }

    private static int Distance((int R, int G, int B) a, (int R, int G, int B) b) =>
        Math.Abs(a.R - b.R) + Math.Abs(a.G - b.G) + Math.Abs(a.B - b.B);
}
