namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Horizontal "rules" that are a word's letters run together: in a bold word the tops of its letters, blurred
/// together, make one dark run the word's length, long enough for a rule, and painting it out leaves Tesseract
/// only the letters' stubs (seed 1717's Croydon read its bold header "Comments" as "ConsnsrcieS", which, not
/// bold, ended the header half way and every row was lost). A rule has paper on both sides along most of its
/// length; a run through letters has their strokes going on right above or below it along much of it, in pieces a
/// stroke wide. Pixels inside a fill are not counted, nor ink in pieces wider than a stroke: a rule along a dark band
/// has the band on one side. Only runs no longer than a word are looked at: a table rule in a tightly set grid has
/// the cells' text touching it along much of its length (the scanned Havering report).
/// </summary>
internal static class TextRuns
{
    /// <param name="fills">Shading found in the scan, in pixels.</param>
    /// <param name="maxFlankInk">Share of a rule's length at most that may have ink right beside it on one side.</param>
    /// <param name="maxStroke">Pixels: ink beside the rule counts as a letter's stroke in pieces at most this wide.</param>
    /// <param name="maxWord">Pixels: a run longer than this is no word's, since the space between words breaks it.</param>
    public static IReadOnlyList<PixelRule> Drop(RasterImage image, IReadOnlyList<PixelRule> rules,
        IReadOnlyList<(int Left, int Top, int Right, int Bottom)> fills, double maxFlankInk, int maxStroke, int maxWord)
    {
        var kept = rules.Where(r => !r.Horizontal || r.End - r.Start + 1 > maxWord || !Lettered(image, r, fills, maxFlankInk, maxStroke)).ToList();
        return kept.Count == rules.Count ? rules : kept;
    }

    /// <summary>Pixels beyond the rule's edge looked at on each side: past its blurred fringe, within a stroke's reach.</summary>
    private const int Beyond = 2;

    private static bool Lettered(RasterImage image, PixelRule rule, IReadOnlyList<(int Left, int Top, int Right, int Bottom)> fills,
        double maxFlankInk, int maxStroke)
    {
        var half = rule.Thickness / 2.0;
        var above = (int)Math.Floor(rule.Across - half) - Beyond;
        var below = (int)Math.Ceiling(rule.Across + half) + Beyond;
        if (above < 0 || below >= image.Height) return false;
        var counted = 0;
        for (var x = rule.Start; x <= rule.End; x++)
            if (!InFill(x)) counted++;
        return counted > 0 && Math.Max(Strokes(above), Strokes(below)) > maxFlankInk * counted;

        bool InFill(int x) => fills.Any(f => x >= f.Left && x <= f.Right && f.Bottom >= above && f.Top <= below);

        // Ink beside the rule in pieces no wider than a letter's stroke: a band of solid ink along a rule (a dark
        // header the scan found no fill for) is one long piece, and no letters.
        int Strokes(int y)
        {
            int total = 0, run = 0;
            for (var x = rule.Start; x <= rule.End + 1; x++)
            {
                if (x <= rule.End && !InFill(x) && image.Luma(x, y) < ImageRules.Ink)
                {
                    run++;
                    continue;
                }
                if (run <= maxStroke) total += run;
                run = 0;
            }
            return total;
        }
    }
}
