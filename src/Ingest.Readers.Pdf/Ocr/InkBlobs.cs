using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Connected blobs of ink in a grey picture (8-connected: runs of ink row by row, joined when they touch
/// a run of the row above, corners too), for reading glyphs Tesseract cannot by their shape.
/// </summary>
internal static class InkBlobs
{
    /// <summary>
    /// Below this brightness a pixel is ink. Lighter than <see cref="ImageRules.Ink"/>: an arrow's stem is
    /// a line two pixels wide that scanning blur leaves at grey 110-150, and its edge pixels lighter still.
    /// </summary>
    private const int Ink = 180;

    /// <summary>A blob of ink in pixels: its box (inclusive) and which of the box's pixels are ink.</summary>
    public sealed record Blob(int Left, int Top, int Right, int Bottom, bool[,] Mask)
    {
        public BoundingBox ToBox(double scale) => new(Left * scale, Top * scale, (Right + 1) * scale, (Bottom + 1) * scale);
    }

    /// <summary>Blobs of ink whose longer side is between the lengths given, top to bottom, left to right.</summary>
    /// <param name="minLength">Blobs shorter than this (pixels, along their longer side) are specks.</param>
    /// <param name="maxLength">Blobs longer than this are rules' stubs or drawings.</param>
    public static IReadOnlyList<Blob> Find(byte[] grey, int width, int height, double minLength, double maxLength)
    {
        // Runs of ink row by row, joined into blobs when they touch a run of the row above (corners too).
        var runs = new List<(int Y, int Start, int End)>();
        var parent = new List<int>();
        var previous = (From: 0, To: 0);
        for (var y = 0; y < height; y++)
        {
            var rowStart = runs.Count;
            var near = previous.From;
            var row = y * width;
            for (var x = 0; x < width; x++)
            {
                if (grey[row + x] >= Ink) continue;
                var start = x;
                while (x + 1 < width && grey[row + x + 1] < Ink) x++;
                var index = runs.Count;
                runs.Add((y, start, x));
                parent.Add(index);
                while (near < previous.To && runs[near].End < start - 1) near++;
                for (var j = near; j < previous.To && runs[j].Start <= x + 1; j++) Union(parent, index, j);
            }
            previous = (rowStart, runs.Count);
        }

        var boxes = new Dictionary<int, (int Left, int Top, int Right, int Bottom)>();
        for (var i = 0; i < runs.Count; i++)
        {
            var root = Root(parent, i);
            var (y, start, end) = runs[i];
            boxes[root] = boxes.TryGetValue(root, out var b)
                ? (Math.Min(b.Left, start), Math.Min(b.Top, y), Math.Max(b.Right, end), Math.Max(b.Bottom, y))
                : (start, y, end, y);
        }
        var masks = new Dictionary<int, bool[,]>();
        foreach (var (root, b) in boxes)
        {
            var w = b.Right - b.Left + 1;
            var h = b.Bottom - b.Top + 1;
            var length = Math.Max(w, h);
            if (length >= minLength && length <= maxLength) masks[root] = new bool[h, w];
        }
        for (var i = 0; i < runs.Count; i++)
        {
            var root = Root(parent, i);
            if (!masks.TryGetValue(root, out var mask)) continue;
            var b = boxes[root];
            var (y, start, end) = runs[i];
            for (var x = start; x <= end; x++) mask[y - b.Top, x - b.Left] = true;
        }
        return masks.Select(m => new Blob(boxes[m.Key].Left, boxes[m.Key].Top, boxes[m.Key].Right, boxes[m.Key].Bottom, m.Value))
            .OrderBy(b => b.Top).ThenBy(b => b.Left).ToList();
    }

    private static int Root(List<int> parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void Union(List<int> parent, int a, int b)
    {
        var (ra, rb) = (Root(parent, a), Root(parent, b));
        if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
