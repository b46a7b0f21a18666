namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Row boundaries drawn only by shading. A KPI box's title row is shaded (the title grey, its RAG in the RAG's
/// colour) and the chart under it is a picture whose white ground covers the rule between them: the scan shows no
/// rule there, and the title was read with the chart's axis as one cell, its RAG lost (seed 6868's East
/// Cambridgeshire). Shading that runs in one band from side to side of a table, as a whole rule of that table does,
/// ends a row where the band ends and starts one where it starts.
/// </summary>
internal static class FillRows
{
    /// <param name="fills">Shading found in the scan, in pixels.</param>
    /// <param name="slack">Pixels within which edges line up: a band's pieces end on one line, and a band spans the
    /// table when its ends are this close to a whole rule's.</param>
    /// <param name="maxGap">Pixels: pieces of one band may be this far apart (text in a cell breaks its shading up).</param>
    public static IReadOnlyList<PixelRule> Add(IReadOnlyList<PixelRule> rules, IReadOnlyList<(int Left, int Top, int Right, int Bottom)> fills,
        int slack, int maxGap)
    {
        var added = new List<PixelRule>();
        foreach (var bottom in new[] { true, false })
        {
            var edges = fills.Select(f => (Y: bottom ? f.Bottom + 1 : f.Top - 1, f.Left, f.Right)).ToList();
            foreach (var seed in edges)
            {
                var band = edges.Where(e => Math.Abs(e.Y - seed.Y) <= slack).OrderBy(e => e.Left).ToList();
                foreach (var (left, right, y) in Chains(band, maxGap, bottom))
                {
                    var whole = rules.FirstOrDefault(r => r.Horizontal && Math.Abs(r.Start - left) <= slack && Math.Abs(r.End - right) <= slack);
                    if (whole is null) continue;
                    if (rules.Concat(added).Any(r => r.Horizontal && Math.Abs(r.Across - y) <= slack && r.Start <= left + slack && r.End >= right - slack)) continue;
                    added.Add(new PixelRule(true, y, whole.Start, whole.End, 1));
                }
            }
        }
        return added.Count == 0 ? rules : [.. rules, .. added];
    }

    /// <summary>Runs of pieces, left to right, each starting at most <paramref name="maxGap"/> past the run's right end.</summary>
    private static IEnumerable<(int Left, int Right, int Y)> Chains(List<(int Y, int Left, int Right)> band, int maxGap, bool bottom)
    {
        var run = new List<(int Y, int Left, int Right)>();
        foreach (var piece in band)
        {
            if (run.Count > 0 && piece.Left - run.Max(p => p.Right) > maxGap)
            {
                yield return Extent(run);
                run.Clear();
            }
            run.Add(piece);
        }
        if (run.Count > 0) yield return Extent(run);

        (int, int, int) Extent(List<(int Y, int Left, int Right)> pieces) =>
            (pieces.Min(p => p.Left), pieces.Max(p => p.Right), bottom ? pieces.Max(p => p.Y) : pieces.Min(p => p.Y));
    }
}
