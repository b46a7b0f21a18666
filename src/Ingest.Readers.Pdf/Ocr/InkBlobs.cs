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
    /// <param name="inkBelow">Pixels darker than this are ink: a pass with its own threshold gives it here rather than
    /// making a black-and-white copy of the page first.</param>
    public static IReadOnlyList<Blob> Find(byte[] grey, int width, int height, double minLength, double maxLength, int inkBelow = Ink)
    {
        // Runs of ink row by row, joined into blobs when they touch a run of the row above (corners too).
        var runs = new RunList();
        var parent = new List<int>();
        var (from, to) = (0, 0);
        for (var y = 0; y < height; y++)
        {
            var rowStart = runs.Count;
            var near = from;
            var line = grey.AsSpan(y * width, width);
            for (var x = 0; x < width; x++)
            {
                // Paper and ink skipped a vector at a time: most of a page is paper.
                var skip = inkBelow > 255 ? 0 : line[x..].IndexOfAnyInRange((byte)0, (byte)Math.Max(0, inkBelow - 1));
                if (skip < 0 || inkBelow <= 0) break;
                x += skip;
                var start = x;
                var length = inkBelow > 255 ? -1 : line[x..].IndexOfAnyInRange((byte)inkBelow, (byte)255);
                x = (length < 0 ? width : x + length) - 1;
                var index = runs.Count;
                runs.Add(y, start, x);
                parent.Add(index);
                while (near < to && runs.End[near] < start - 1) near++;
                for (var j = near; j < to && runs.Start[j] <= x + 1; j++) Union(parent, index, j);
            }
            (from, to) = (rowStart, runs.Count);
        }

        // Boxes by root, in the order blobs are first met (their top run): the order the blobs are sorted from.
        var roots = new int[runs.Count];
        var (left, top, right, bottom) = (new int[runs.Count], new int[runs.Count], new int[runs.Count], new int[runs.Count]);
        var met = new List<int>();
        for (var i = 0; i < runs.Count; i++)
        {
            var root = roots[i] = Root(parent, i);
            var (y, start, end) = (runs.Y[i], runs.Start[i], runs.End[i]);
            if (root == i)
            {
                met.Add(root);
                (left[root], top[root], right[root], bottom[root]) = (start, y, end, y);
                continue;
            }
            left[root] = Math.Min(left[root], start);
            right[root] = Math.Max(right[root], end);
            bottom[root] = Math.Max(bottom[root], y);
        }
        var masks = new bool[,]?[runs.Count];
        var kept = new List<int>();
        foreach (var root in met)
        {
            var w = right[root] - left[root] + 1;
            var h = bottom[root] - top[root] + 1;
            var length = Math.Max(w, h);
            if (length < minLength || length > maxLength) continue;
            masks[root] = new bool[h, w];
            kept.Add(root);
        }
        for (var i = 0; i < runs.Count; i++)
        {
            var root = roots[i];
            if (masks[root] is not { } mask) continue;
            var (y, start, end) = (runs.Y[i], runs.Start[i], runs.End[i]);
            for (var x = start; x <= end; x++) mask[y - top[root], x - left[root]] = true;
        }
        return kept.Select(r => new Blob(left[r], top[r], right[r], bottom[r], masks[r]!))
            .OrderBy(b => b.Top).ThenBy(b => b.Left).ToList();
    }

    /// <summary>Runs of ink as three growing arrays rather than a list of tuples: a page has hundreds of thousands.</summary>
    private sealed class RunList
    {
        public int Count { get; private set; }

        public int[] Y { get; private set; } = new int[1024];

        public int[] Start { get; private set; } = new int[1024];

        public int[] End { get; private set; } = new int[1024];

        public void Add(int y, int start, int end)
        {
            if (Count == Y.Length)
            {
                Y = Grown(Y);
                Start = Grown(Start);
                End = Grown(End);
            }
            (Y[Count], Start[Count], End[Count]) = (y, start, end);
            Count++;
        }

        private static int[] Grown(int[] array)
        {
            var grown = new int[array.Length * 2];
            Array.Copy(array, grown, array.Length);
            return grown;
        }
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
