namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// An arrow with an open head: a stem that runs to the point, and two barbs, strokes swept back from the point on
/// either side of it (the ↑ ↓ ↔ of many text fonts). The head is no solid triangle, so <see cref="OcrArrowShapes"/>'s
/// test refused them: seed 2525's Brent had a trend column of them read "T", "o" or nothing. Slices run across the
/// arrow, from its back (the first) to its point (the last), as there.
/// </summary>
internal static class BarbedArrowShape
{
    /// <summary>Pixels the barbs reach out past the stem on each side at least, where the head's back is.</summary>
    private const int MinReach = 2;

    /// <summary>Slices between the head's back, where both barbs begin, and its widest slice, from blur.</summary>
    private const int ShoulderSlices = 2;

    public static bool PointsToEnd(bool[][] slices, double minHeadToStem, double minStemShare, double maxStray)
    {
        var n = slices.Length;
        var extents = slices.Select(Extent).ToArray();
        if (n < 8 || extents.Any(e => e.Left < 0)) return false;

        // The stem, from the back: each slice there one narrow run.
        var seed = Math.Max(3, (int)Math.Ceiling(minStemShare * n));
        var runs = slices[..seed].Select(SingleRun).ToArray();
        if (runs.Count(r => r is null) > OcrArrowShapes.StemNoise * seed) return false;
        var stemRuns = runs.OfType<(int Start, int End)>().ToArray();
        var stemWidth = OcrArrowShapes.Median(stemRuns.Select(r => (double)(r.End - r.Start + 1)));
        var axis = OcrArrowShapes.Median(stemRuns.Select(r => (r.Start + r.End) / 2.0));
        var stemLeft = axis - stemWidth / 2;
        var stemRight = axis + stemWidth / 2;

        // The head's back: the first slice with ink out past the stem on both sides.
        var back = Array.FindIndex(extents, e => e.Left <= stemLeft - MinReach && e.Right >= stemRight + MinReach);
        if (back < minStemShare * n) return false;
        bool OnStem(int x) => x >= stemLeft - 1.5 && x <= stemRight + 1.5;
        var ink = 0;
        var stray = 0;
        var centres = new double[back];
        for (var i = 0; i < back; i++)
        {
            var inked = Enumerable.Range(0, slices[i].Length).Where(x => slices[i][x]).ToList();
            ink += inked.Count;
            stray += inked.Count(x => !OnStem(x));
            centres[i] = inked.Where(OnStem).DefaultIfEmpty((int)axis).Average();
        }
        if (stray > maxStray * ink) return false;
        // Upright: the slanted stroke of a "/" is as narrow, but moves across as it goes.
        var third = Math.Max(1, back / 3);
        if (Math.Abs(centres[..third].Average() - centres[^third..].Average()) > OcrArrowShapes.MaxLean * back + 1) return false;

        int Width(int i) => extents[i].Right - extents[i].Left + 1;
        var widest = Enumerable.Range(back, n - back).MaxBy(Width);
        var headWidth = Width(widest);
        if (widest - back > ShoulderSlices || headWidth < minHeadToStem * stemWidth) return false;

        // The point: from the widest slice on the barbs close in steadily on the stem, to a narrow last slice.
        var tip = n - 1 - widest;
        if (tip < 2 || tip < OcrArrowShapes.MinTipLength * headWidth || tip > OcrArrowShapes.MaxTipLength * headWidth) return false;
        if (Width(n - 1) > OcrArrowShapes.MaxTipWidth * headWidth + 1) return false;
        var step = Math.Max(2, OcrArrowShapes.MaxNarrowing * headWidth);
        for (var i = widest + 1; i < n; i++)
        {
            var (left, right) = extents[i];
            var (previousLeft, previousRight) = extents[i - 1];
            if (left < previousLeft - 1 || right > previousRight + 1) return false;
            // The last step may be any: the point itself is lost to blur or kept as a pixel.
            if (i < n - 1 && (left - previousLeft > step || previousRight - right > step)) return false;
        }
        // Above its crossbar a "t" or a "+" is its stem again; barbs reach out until near the point.
        if (Enumerable.Range(widest + 1, tip).Count(i => Width(i) <= stemWidth + 1) > Math.Max(2, tip / 3.0)) return false;
        // The stem runs on through the head to the point, and the head is centred on it.
        for (var i = widest; i < n; i++)
        {
            if (!Enumerable.Range((int)Math.Floor(stemLeft), (int)Math.Ceiling(stemRight) - (int)Math.Floor(stemLeft) + 1).Any(x => x >= 0 && x < slices[i].Length && slices[i][x])) return false;
            if (Math.Abs((extents[i].Left + extents[i].Right) / 2.0 - axis) > OcrArrowShapes.MaxHeadShift * headWidth + 1) return false;
        }
        // The barbs reach out alike on both sides: the flag of a "1" or the bar of a "4" is on one side only.
        var leftReach = stemLeft - extents[widest].Left;
        var rightReach = extents[widest].Right - stemRight;
        return Math.Min(leftReach, rightReach) >= MinReach
               && Math.Min(leftReach, rightReach) >= OcrArrowShapes.MinSymmetry * Math.Max(leftReach, rightReach) - 0.01;
    }

    private static (int Left, int Right) Extent(bool[] slice) => (Array.IndexOf(slice, true), Array.LastIndexOf(slice, true));

    /// <summary>The slice's one run of ink (a pixel's gap from noise does not split it), or null when it has more.</summary>
    private static (int Start, int End)? SingleRun(bool[] slice)
    {
        var (start, end) = Extent(slice);
        if (start < 0) return null;
        for (var x = start; x <= end - 2; x++)
            if (!slice[x] && !slice[x + 1]) return null;
        return (start, end);
    }
}
