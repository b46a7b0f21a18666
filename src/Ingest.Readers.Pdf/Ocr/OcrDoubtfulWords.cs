namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Words the first reading was unsure of, given a second look on the mosaic of unread places (<see cref="OcrMosaic"/>):
/// cut out alone, on white, a word Tesseract misread in the page's clutter often reads right (seed 2525's City of
/// London: a header's "Q1 -" on the top edge of a pale band read "2" and "Be", at 53 and 46, and the table lost its
/// header and every target, rating and trend). Neighbouring unsure words of one line are looked at together, as the
/// one place they were read from. The second reading replaces them only when it is surer (<see cref="OcrSecondLook"/>).
/// </summary>
internal static class OcrDoubtfulWords
{
    /// <summary>At most this many places a page: a page of unsure words is a picture, not a table.</summary>
    private const int MaxRegions = 100;

    /// <param name="maxConfidence">Words read with less confidence than this (0-100) are looked at again.</param>
    /// <param name="reach">Word heights the place reaches out either side of the unsure words, short of the next sure
    /// word: ink the first reading left out of them is read with them (the "Q" of City of London's "Q1 -", boxed as
    /// "2" over its "1" alone).</param>
    public static IReadOnlyList<UnreadRegion> Find(IReadOnlyList<OcrWord> words, double maxConfidence, double reach = 1.5)
    {
        var regions = new List<UnreadRegion>();
        foreach (var line in words.Where(w => Doubtful(w, maxConfidence)).GroupBy(w => w.Line))
        {
            var group = new List<OcrWord>();
            foreach (var word in line.OrderBy(w => w.Box.Left))
            {
                if (group.Count > 0 && word.Box.Left - group[^1].Box.Right > Math.Max(word.Box.Height, group[^1].Box.Height))
                {
                    regions.Add(Region(group, words, reach));
                    group = [];
                }
                group.Add(word);
            }
            if (group.Count > 0) regions.Add(Region(group, words, reach));
        }
        return regions.Count > MaxRegions ? [] : regions;
    }

    private static bool Doubtful(OcrWord word, double maxConfidence) =>
        word.Confidence < maxConfidence && word.Angle == 0 && word.Text.Any(char.IsLetterOrDigit);

    /// <summary>The unsure words' box, widened either side by <paramref name="reach"/> of its height.</summary>
    private static UnreadRegion Region(List<OcrWord> unsure, IReadOnlyList<OcrWord> words, double reach)
    {
        var box = unsure.Skip(1).Aggregate(unsure[0].Box, (b, w) => b.Union(w.Box));
        reach *= box.Height;
        var beside = words.Where(w => !unsure.Contains(w) && w.Box.Top < box.Bottom && w.Box.Bottom > box.Top).ToList();
        var left = beside.Where(w => w.Box.Right <= box.Left).Select(w => w.Box.Right).DefaultIfEmpty(double.MinValue).Max();
        var right = beside.Where(w => w.Box.Left >= box.Right).Select(w => w.Box.Left).DefaultIfEmpty(double.MaxValue).Min();
        return new UnreadRegion(box with { Left = Math.Max(box.Left - reach, left), Right = Math.Min(box.Right + reach, right) }, Replaces: [.. unsure]);
    }
}
