namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Solid triangles (▲ ▼ ► ◄) read from their shape: a direction of travel printed as a triangle character.
/// Tesseract's English model reads a ▲ as "A" with high confidence, a ▼ as "Ww" or "v", and drops a ◄►
/// altogether. A triangle is one solid blob that grows steadily from a point to a flat base as wide as
/// it is long: a hollow "A" or "V" has two legs apart at one end, a bullet grows round, and an arrow
/// keeps a stem's width along most of its length.
/// </summary>
internal static class OcrTriangleShapes
{
    /// <summary>The triangle a blob is, or null when it is not clearly one.</summary>
    /// <param name="mask">[row, column]: true for ink.</param>
    public static string? Classify(bool[,] mask, ScanShapeRules rules)
    {
        var height = mask.GetLength(0);
        var width = mask.GetLength(1);
        var rows = Enumerable.Range(0, height).Select(y => Enumerable.Range(0, width).Select(x => mask[y, x]).ToArray()).ToArray();
        var columns = Enumerable.Range(0, width).Select(x => Enumerable.Range(0, height).Select(y => mask[y, x]).ToArray()).ToArray();
        // A ◄► printed with no gap is one blob, widest in the middle: a triangle pointing out each way from there.
        if (width >= 2 * rules.TriangleMinAspect * height)
        {
            var tallest = columns.Select(c => Array.LastIndexOf(c, true) - Array.IndexOf(c, true)).Max();
            var middle = (int)Enumerable.Range(0, width)
                .Where(x => Array.LastIndexOf(columns[x], true) - Array.IndexOf(columns[x], true) == tallest).Average();
            if (PointsFromStart(columns[middle..], rules) && PointsFromStart(columns[..(middle + 1)].Reverse().ToArray(), rules)) return "◄►";
        }
        if (PointsFromStart(rows, rules)) return "▼";
        if (PointsFromStart(Enumerable.Reverse(rows).ToArray(), rules)) return "▲";
        if (PointsFromStart(columns, rules)) return "►";
        if (PointsFromStart(Enumerable.Reverse(columns).ToArray(), rules)) return "◄";
        return null;
    }

    /// <summary>
    /// Whether the slices (the rows of a ▲ from its base up, each across it) are a flat base, then a
    /// steady narrowing to a point at the last slice, solid and centred all the way.
    /// </summary>
    private static bool PointsFromStart(bool[][] slices, ScanShapeRules rules)
    {
        var spans = slices.Select(Span).ToArray();
        if (spans.Any(s => s is null)) return false;
        var widths = spans.Select(s => s!.Value.End - s.Value.Start + 1).ToArray();
        // A speck of noise touching the base, or the base's blurred edge, may stand out past it by a slice or two; so
        // may what is left of a rule painted out right beside the base, in pieces across it (seed 2121's Rotherham: a
        // ▼ whose first row was ".############...........#.." and a ▲ whose last was "..##.......###############."
        // were read as nothing, and the second look took the ▲ for an "A").
        var first = 0;
        while (first <= 2 && first < slices.Length - 1 && !Solid(first)) first++;
        var baseWidth = widths[first..].Max();
        var slack = Math.Max(2, rules.TriangleSlack * baseWidth);
        first = Array.FindIndex(widths, first, w => w >= baseWidth - slack);
        if (first > 2) return false;
        slices = slices[first..];
        spans = spans[first..];
        widths = widths[first..];
        var n = slices.Length;
        var widest = Array.LastIndexOf(widths, baseWidth);
        // The base is at the start (blur may round its first slice or two off), the point at the end.
        if (widest > Math.Max(1, rules.TriangleBaseShare * n)) return false;
        var length = n - widest;
        var aspect = (double)baseWidth / length;
        if (aspect < rules.TriangleMinAspect || aspect > rules.TriangleMaxAspect) return false;
        if (widths[n - 1] > rules.TriangleMaxTipShare * baseWidth) return false;

        var centre = (spans[widest]!.Value.Start + spans[widest]!.Value.End) / 2.0;
        for (var i = 0; i < n; i++)
        {
            var (start, end) = spans[i]!.Value;
            var filled = slices[i][start..(end + 1)].Count(p => p);
            // Solid across: the legs of an "A" or "V" leave a gap between them.
            if (filled < rules.TriangleMinFill * (end - start + 1)) return false;
            if (Math.Abs((start + end) / 2.0 - centre) > rules.TriangleMaxShift * baseWidth + 1) return false;
            if (i < widest)
            {
                if (widths[i] < baseWidth - slack) return false;
                continue;
            }
            // Straight sides: the width falls in proportion to the distance from the point.
            var expected = baseWidth * (double)(n - i) / length;
            if (Math.Abs(widths[i] - expected) > slack) return false;
        }
        return true;

        bool Solid(int i) => slices[i][spans[i]!.Value.Start..(spans[i]!.Value.End + 1)].Count(p => p) >= rules.TriangleMinFill * widths[i];
    }

    /// <summary>The slice's ink from its first pixel to its last, or null when it has none.</summary>
    private static (int Start, int End)? Span(bool[] slice)
    {
        var start = Array.IndexOf(slice, true);
        return start < 0 ? null : (start, Array.LastIndexOf(slice, true));
    }
}
