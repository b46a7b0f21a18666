using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Two Tesseract readings of one page combined. Each reading now and then drops a short word ("RA"
/// of a header) or the first digit of a number ("95%" read "5%"), but rarely the same one, so a word
/// of the second reading is added where the first has nothing, and replaces the first's words it
/// wholly covers when it reads more characters there, or the first's word in the same place when it is
/// clearly surer of it. The first reading stays the basis.
/// </summary>
internal static class OcrWordMerge
{
    /// <summary>Below this confidence a word only the second reading saw is more likely a speck than a word.</summary>
    private const double MinAddedConfidence = 60;

    /// <summary>Share of a word's box that must lie inside another for the two to be the same place.</summary>
    private const double SamePlace = 0.5;

    /// <summary>How much surer (confidence, 0-100) the second reading of a word must be to replace the first.</summary>
    private const double SurerBy = 15;

    /// <summary>Line numbers of the second reading start here, so its lines stay apart from the first's.</summary>
    private const int SecondLines = 1_000_000;

    public static IReadOnlyList<OcrWord> Merge(IReadOnlyList<OcrWord> first, IReadOnlyList<OcrWord> second)
    {
        var result = first.ToList();
        foreach (var word in second)
        {
            var overlapping = result.Where(w => w.Box.ShareInside(word.Box) >= SamePlace || word.Box.ShareInside(w.Box) >= SamePlace).ToList();
            var moved = word with { Line = word.Line + SecondLines };
            if (overlapping.Count == 0)
            {
                if (word.Confidence >= MinAddedConfidence && word.Text.Any(char.IsLetterOrDigit)) result.Add(moved);
                continue;
            }
            // "95%" over "5%": the longer reading of the same place, when it covers all of the shorter.
            var covered = overlapping.All(w => w.Box.ShareInside(word.Box) >= 0.9);
            var longer = word.Text.Count(char.IsLetterOrDigit) > overlapping.Sum(w => w.Text.Count(char.IsLetterOrDigit));
            // "Scckers" (70) under "Seekers" (95): the same word, read with clearly more confidence.
            var surer = overlapping.Count == 1 && word.Box.ShareInside(overlapping[0].Box) >= 0.8 && overlapping[0].Box.ShareInside(word.Box) >= 0.8
                        && word.Confidence >= overlapping[0].Confidence + SurerBy;
            if ((covered && longer || surer) && word.Confidence >= MinAddedConfidence)
            {
                foreach (var w in overlapping) result.Remove(w);
                // The words of a line keep the line they were read in when a word of it is replaced.
                result.Add(word with { Line = overlapping[0].Line });
            }
        }
        return result;
    }
}
