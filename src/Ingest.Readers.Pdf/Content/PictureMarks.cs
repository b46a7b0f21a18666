using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Content;

/// <summary>What a small picture stands for: its character, where its ink lies (fractions of the picture, from the top left) and the ink's colour.</summary>
internal sealed record PictureMark(string Text, double Left, double Top, double Right, double Bottom, string? Colour);

/// <summary>
/// Reads a small picture as the character it stands for, the way <see cref="PathCollector.Marks"/> reads a
/// drawn shape: reports paste direction-of-travel arrows and RAG dots as tiny images. The picture must
/// hold one solid shape on a plain background. A round one is a dot (●, in its colour); one that narrows
/// to a point at one end points that way: a triangle (▲ ▼ ► ◄) when it widens steadily to the other end,
/// an arrow (↑ ↓ → ←) when a head sits on a narrower stem. Anything else (a letter, a logo, a photo, two
/// shapes) is no mark: a wrong arrow costs more than a missing one.
/// </summary>
internal static class PictureMarks
{
    /// <summary>A pixel is ink when a colour channel differs from the background by more than this.</summary>
    private const int InkContrast = 70;

    /// <summary>The one shape must hold this much of the ink; the rest is anti-aliasing and specks.</summary>
    private const double OneShapeShare = 0.9;

    /// <summary>The tip end of a pointing shape is at most this fraction of its widest part...</summary>
    private const double TipWidth = 0.35;

    /// <summary>...and the other end at least this many times the tip.</summary>
    private const double EndsRatio = 1.6;

    public static PictureMark? Read(RasterImage image)
    {
        if (image.Width < 5 || image.Height < 5) return null;
        var background = Background(image);
        var ink = new bool[image.Width * image.Height];
        var inkCount = 0;
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                if (Differs(image.Pixel(x, y), background))
                {
                    ink[y * image.Width + x] = true;
                    inkCount++;
                }
        if (inkCount < 12) return null;

        var shape = LargestShape(ink, image.Width, image.Height);
        if (shape.Count < OneShapeShare * inkCount) return null;
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        foreach (var p in shape)
        {
            var (x, y) = (p % image.Width, p / image.Width);
            (left, right, top, bottom) = (Math.Min(left, x), Math.Max(right, x), Math.Min(top, y), Math.Max(bottom, y));
        }
        var (width, height) = (right - left + 1, bottom - top + 1);
        if (width < 4 || height < 4) return null;
        // A shape filling the whole picture is a background of its own (a coloured tile), not a mark on one.
        if (width == image.Width && height == image.Height) return null;

        var inShape = new bool[width * height];
        foreach (var p in shape) inShape[(p / image.Width - top) * width + p % image.Width - left] = true;
        var text = Round(inShape, width, height, shape.Count) ? "\u25CF" : Pointing(inShape, width, height, shape.Count);
        if (text is null) return null;
        return new PictureMark(text, (double)left / image.Width, (double)top / image.Height,
            (double)(right + 1) / image.Width, (double)(bottom + 1) / image.Height, InkColour(image, shape, background));
    }

    /// <summary>The commonest colour around the picture's edge.</summary>
    private static (byte R, byte G, byte B) Background(RasterImage image)
    {
        var counts = new Dictionary<int, (int Count, long R, long G, long B)>();
        void Count(int x, int y)
        {
            var (r, g, b) = image.Pixel(x, y);
            var key = (r >> 5) << 6 | (g >> 5) << 3 | b >> 5;
            var (n, sr, sg, sb) = counts.GetValueOrDefault(key);
            counts[key] = (n + 1, sr + r, sg + g, sb + b);
        }
        for (var x = 0; x < image.Width; x++)
        {
            Count(x, 0);
            Count(x, image.Height - 1);
        }
        for (var y = 1; y < image.Height - 1; y++)
        {
            Count(0, y);
            Count(image.Width - 1, y);
        }
        var best = counts.Values.MaxBy(c => c.Count);
        return ((byte)(best.R / best.Count), (byte)(best.G / best.Count), (byte)(best.B / best.Count));
    }

    private static bool Differs((byte R, byte G, byte B) a, (byte R, byte G, byte B) b) => Contrast(a, b) > InkContrast;

    private static int Contrast((byte R, byte G, byte B) a, (byte R, byte G, byte B) b) =>
        Math.Max(Math.Abs(a.R - b.R), Math.Max(Math.Abs(a.G - b.G), Math.Abs(a.B - b.B)));

    /// <summary>The pixel indices of the largest 8-connected patch of ink.</summary>
    private static List<int> LargestShape(bool[] ink, int width, int height)
    {
        var seen = new bool[ink.Length];
        var largest = new List<int>();
        var stack = new Stack<int>();
        for (var start = 0; start < ink.Length; start++)
        {
            if (!ink[start] || seen[start]) continue;
            var patch = new List<int>();
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                patch.Add(p);
                var (x, y) = (p % width, p / width);
                for (var dy = -1; dy <= 1; dy++)
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var (nx, ny) = (x + dx, y + dy);
                        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
                        var n = ny * width + nx;
                        if (!ink[n] || seen[n]) continue;
                        seen[n] = true;
                        stack.Push(n);
                    }
            }
            if (patch.Count > largest.Count) largest = patch;
        }
        return largest;
    }

    /// <summary>
    /// A disc: about as wide as high, covering π/4 of its box, widest across the middle and narrowing
    /// evenly to both ends, with no hole (a ring is a letter O, not a dot).
    /// </summary>
    private static bool Round(bool[] shape, int width, int height, int count)
    {
        if (width > 1.3 * height || height > 1.3 * width) return false;
        var cover = (double)count / (width * height);
        if (cover is < 0.68 or > 0.88) return false;
        var rows = Profile(shape, width, height, vertical: true);
        var middle = rows[height / 2];
        return middle >= 0.9 * rows.Max() && rows[0] < 0.75 * middle && rows[^1] < 0.75 * middle
            && Solid(shape, width, height);
    }

    /// <summary>Every row's ink is one unbroken run.</summary>
    private static bool Solid(bool[] shape, int width, int height)
    {
        for (var y = 0; y < height; y++)
        {
            var runs = 0;
            for (var x = 0; x < width; x++)
                if (shape[y * width + x] && (x == 0 || !shape[y * width + x - 1])) runs++;
            if (runs > 1) return false;
        }
        return true;
    }

    /// <summary>
    /// The shape's width along its long axis (rows for a tall shape, columns for a wide one). The tip is the
    /// end whose width is a small part of the widest; the other end must be clearly wider. Every line across
    /// must be one solid run centred on one axis, as a filled arrow or triangle is: a letter's bowls, serifs
    /// and hooks break that.
    /// </summary>
    private static string? Pointing(bool[] shape, int width, int height, int count)
    {
        // An arrow's head can be wider than the arrow is long: both axes are tried, and must not both fit.
        var along = Pointing(shape, width, height, count, vertical: true);
        var across = Pointing(shape, width, height, count, vertical: false);
        return along is null ? across : across is null ? along : null;
    }

    private static string? Pointing(bool[] shape, int width, int height, int count, bool vertical)
    {
        if (Lines(shape, width, height, vertical) is not { } lines) return null;
        var profile = lines.Select(l => l.End - l.Start + 1).ToArray();
        var widest = profile.Max();
        var axis = lines.Select(l => (l.Start + l.End) / 2.0).Order().ElementAt(lines.Length / 2);
        if (lines.Any(l => Math.Abs((l.Start + l.End) / 2.0 - axis) > 0.15 * widest + 1)) return null;
        // The very ends: a thin stem can be narrower than the first tenth of a head's ramp, never than its tip.
        var end = Math.Max(1, (int)Math.Round(profile.Length * 0.06));
        var first = profile.Take(end).Average();
        var last = profile.Skip(profile.Length - end).Average();
        bool tipFirst;
        if (first <= TipWidth * widest && last >= EndsRatio * first) tipFirst = true;
        else if (last <= TipWidth * widest && first >= EndsRatio * last) tipFirst = false;
        else return null;
        var fromTip = tipFirst ? profile : profile.Reverse().ToArray();
        var kind = Kind(fromTip, (double)count / (width * height));
        if (kind is null) return null;
        var triangle = kind == 't';
        return (vertical, tipFirst) switch
        {
            (true, true) => triangle ? "\u25B2" : "\u2191",
            (true, false) => triangle ? "\u25BC" : "\u2193",
            (false, false) => triangle ? "\u25BA" : "\u2192",
            _ => triangle ? "\u25C4" : "\u2190",
        };
    }

    /// <summary>
    /// 't' for a filled triangle: from the tip the width grows evenly to the far end. 'a' for an arrow: it
    /// grows evenly to a head in the first two thirds, then falls to a stem that keeps one width to the end.
    /// Null for any other outline.
    /// </summary>
    private static char? Kind(int[] fromTip, double cover)
    {
        var n = fromTip.Length;
        var widest = fromTip.Max();
        var headAt = Array.LastIndexOf(fromTip, widest);
        if (headAt == n - 1 || fromTip[^1] >= 0.75 * widest)
            return cover is >= 0.38 and <= 0.68 && EvenRamp(fromTip, n - 1) ? 't' : null;
        if (headAt < 2 || headAt > 2 * n / 3 || !EvenRamp(fromTip, headAt)) return null;
        var stem = fromTip.Skip(headAt + 1).SkipWhile(w => w > 0.75 * widest).ToArray();
        if (stem.Length < Math.Max(2, n / 4)) return null;
        // One width along the stem, but for a line or so where its soft end fades out.
        var stemWidth = stem.Order().ElementAt(stem.Length / 2);
        var off = stem.Count(w => Math.Abs(w - stemWidth) > Math.Max(1.5, 0.25 * stemWidth));
        return stemWidth <= 0.7 * widest && off <= Math.Max(1, stem.Length / 8) ? 'a' : null;
    }

    /// <summary>From the tip to <paramref name="to"/> the width grows close to a straight line, as a triangle's does.</summary>
    private static bool EvenRamp(int[] fromTip, int to)
    {
        if (to < 2) return false;
        var (from, peak) = (fromTip[0], fromTip[to]);
        var deviation = 0.0;
        for (var i = 0; i <= to; i++)
            deviation += Math.Abs(fromTip[i] - (from + (peak - from) * (double)i / to));
        return deviation / (to + 1) <= 0.12 * peak;
    }

    /// <summary>Each line across the long axis as its one run of ink; null when a line has none or several.</summary>
    private static (int Start, int End)[]? Lines(bool[] shape, int width, int height, bool vertical)
    {
        var (count, across) = vertical ? (height, width) : (width, height);
        var lines = new (int Start, int End)[count];
        for (var i = 0; i < count; i++)
        {
            int start = -1, end = -1, runs = 0;
            for (var j = 0; j < across; j++)
            {
                var inked = vertical ? shape[i * width + j] : shape[j * width + i];
                if (!inked) continue;
                if (end != j - 1 || start < 0) runs++;
                if (start < 0) start = j;
                end = j;
            }
            if (runs != 1) return null;
            lines[i] = (start, end);
        }
        return lines;
    }

    /// <summary>Ink per row (vertical) or per column.</summary>
    private static int[] Profile(bool[] shape, int width, int height, bool vertical)
    {
        var profile = new int[vertical ? height : width];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                if (shape[y * width + x]) profile[vertical ? y : x]++;
        return profile;
    }

    /// <summary>The shape's mean colour; null for black or grey ink, which says nothing about a RAG.</summary>
    private static string? InkColour(RasterImage image, List<int> shape, (byte R, byte G, byte B) background)
    {
        // The solid middle of the shape, not its edge pixels, which are part paper.
        var contrast = shape.ToDictionary(p => p, p => Contrast(image.Pixel(p % image.Width, p / image.Width), background));
        var strongest = contrast.Values.Max();
        long r = 0, g = 0, b = 0, n = 0;
        foreach (var p in shape.Where(p => contrast[p] >= 0.95 * strongest))
        {
            var (pr, pg, pb) = image.Pixel(p % image.Width, p / image.Width);
            (r, g, b, n) = (r + pr, g + pg, b + pb, n + 1);
        }
        var (mr, mg, mb) = (r / n, g / n, b / n);
        if (Math.Max(mr, Math.Max(mg, mb)) - Math.Min(mr, Math.Min(mg, mb)) < 40) return null;
        return ColourHex.FromRgb(mr / 255.0, mg / 255.0, mb / 255.0);
    }
}
