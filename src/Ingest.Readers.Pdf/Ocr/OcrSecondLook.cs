using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// What a second look at unread regions (<see cref="OcrUnreadInk"/>, read on one <see cref="OcrMosaic"/>) adds to
/// the first reading: the words read in a region, when they are text rather than noise and not read already.
/// Tesseract reads a word wrapped in a narrow header cell ("Polar" / "ity", "Outtu" / "rn") as one word
/// boxed on its first line, leaving the second line's ink unread: a second-look word that the word just
/// above or below it already ends with, or holds, is that ink read twice.
/// </summary>
internal static class OcrSecondLook
{
    /// <summary>Below this confidence (0-100) a word of the second look is more likely a speck or a shape than text.</summary>
    private const double MinConfidence = 60;

    /// <summary>Line numbers of the second look start here, apart from every other reading's lines.</summary>
    private const int SecondLookLines = 4_000_000;

    /// <param name="surerBy">Confidence (0-100) a second reading of unsure words must add to their mean to replace them.</param>
    /// <param name="repairs">Put right on the second reading before it is weighed against the first: a quarter's "Q" found
    /// again beside its "1" came back "Ql", which holds no "1" (seed 8282's Harrow: "Q1 2025/26" stayed "1 2025/26",
    /// and its column had no period).</param>
    public static IReadOnlyList<OcrWord> Merge(IReadOnlyList<OcrWord> words, IReadOnlyList<(UnreadRegion Region, OcrWord Word)> read,
        double surerBy = 10, OcrWordRepairs? repairs = null)
    {
        if (repairs is not null) read = [.. read.SelectMany(r => repairs.Apply([r.Word]).Select(w => (r.Region, w)))];
        var result = words.ToList();
        foreach (var group in read.GroupBy(r => r.Region, r => r.Word))
        {
            if (group.Key.Extends is { } number)
            {
                if (Extended(number, group.ToList()) is { } longer) result[result.IndexOf(number)] = longer;
                continue;
            }
            if (group.Key.Replaces is { } unsure)
            {
                // Marks alone read beside the words (a rule's piece as "|" or ";") are not theirs.
                var again = group.Where(w => w.Text.Any(char.IsLetterOrDigit)).ToList();
                if (!Surer(again, unsure, surerBy) || SameLetters(again, unsure)) continue;
                foreach (var word in unsure) result.Remove(word);
                // On the line of the words they replace: a line of their own would be sized and set apart from it, and
                // a header's wrapped "n Q3-" read again stood as a header row of its own (seed 6868's Havering).
                result.AddRange(again.Select(w => w with { Line = unsure[0].Line }));
                continue;
            }
            var found = group.Select(w => Untangled(w, words)).Where(w => (IsText(w) || WrappedTail(w, words)) && !ReadAlready(w, words)).ToList();
            if (found.Count == 0 || found.Average(w => w.Confidence) < MinConfidence) continue;
            result.AddRange(found.Select(w => w with { Line = SecondLookLines + w.Line }));
        }
        return result;
    }

    /// <summary>
    /// The number read again with the ink beside it, when that reading is sure and holds the first reading, adding
    /// only digits and the marks numbers have, or the "Q" of a quarter: anything else (a letter, a word) is not what
    /// the number lost. A quarter's "Q3 -" read "3-" (seed 2121's Walsall) comes back as "Q3" and "-": words of one
    /// line read again are taken together, as the first reading had them.
    /// </summary>
    private static OcrWord? Extended(OcrWord number, List<OcrWord> read)
    {
        if (read.Count == 0 || read.Any(w => w.Confidence < MinConfidence) || read.Select(w => w.Line).Distinct().Count() > 1) return null;
        var words = read.OrderBy(w => w.Box.Left).ToList();
        var text = string.Concat(words.Select(w => w.Text));
        if (text.Length <= number.Text.Length) return null;
        var at = text.IndexOf(number.Text, StringComparison.Ordinal);
        if (at < 0) return null;
        var added = text.Remove(at, number.Text.Length);
        var lostQuarter = added == "Q" && at == 1 && number.Text[0] is >= '1' and <= '4' && (text.Length == 2 || !char.IsDigit(text[2]));
        if (!lostQuarter && !added.All(c => char.IsDigit(c) || c is '.' or ',')) return null;
        return number with { Text = text, Box = words.Aggregate(number.Box, (box, w) => box.Union(w.Box)) };
    }

    /// <summary>
    /// The second reading of unsure words is text, each word of it sure enough to be kept, and surer than the first
    /// reading by a clear margin: read again no better, the words stay as first read.
    /// </summary>
    private static bool Surer(List<OcrWord> again, IReadOnlyList<OcrWord> unsure, double surerBy) =>
        again.Count > 0 && again.Any(IsText) && again.All(w => w.Confidence >= MinConfidence)
        && again.Average(w => w.Confidence) >= unsure.Average(w => w.Confidence) + surerBy;

    /// <summary>
    /// The second reading has the first one's letters and digits, only surer: it adds nothing but marks, and a mark
    /// read surer is no better ("Ql" read again "Ql.", which the quarter's repair then missed: seed 3535's Harrow).
    /// </summary>
    private static bool SameLetters(List<OcrWord> again, IReadOnlyList<OcrWord> unsure)
    {
        static string Letters(IEnumerable<OcrWord> words) =>
            string.Concat(words.OrderBy(w => w.Box.Left).SelectMany(w => w.Text.Where(char.IsLetterOrDigit))).ToUpperInvariant();
        return Letters(again) == Letters(unsure);
    }

    /// <summary>
    /// The word without the letters it repeats from the end of the word just above it: read on the mosaic, the
    /// lone "n" of a wrapped "Outtur" / "n" comes back as "urn" with the foot of the line above (seed 7171's
    /// Manchester and Tandridge), and the header then read "Outtururn".
    /// </summary>
    private static OcrWord Untangled(OcrWord word, IReadOnlyList<OcrWord> first)
    {
        foreach (var above in first.Where(w => w.Box.Bottom <= word.Box.Top + 0.5 * word.Box.Height && Stacked(w.Box, word.Box)))
        {
            for (var length = word.Text.Length - 1; length >= 2; length--)
                if (above.Text.EndsWith(word.Text[..length], StringComparison.Ordinal))
                    return word with { Text = word.Text[length..] };
        }
        return word;
    }

    /// <summary>
    /// The word is in one stacked on it already. An "rn" read once as "rn" and once as "m" is the same ink: seed 1919's
    /// Adur read a wrapped "Outt" / "urn" as "Outturn" on its first line, and the second look read the "urn" line again
    /// as "um", which then stood as a header line of its own.
    /// </summary>
    private static bool ReadAlready(OcrWord word, IReadOnlyList<OcrWord> first) =>
        first.Any(w => Stacked(w.Box, word.Box) && (w.Text.Contains(word.Text, StringComparison.Ordinal)
                                                    || Letters(w.Text).Contains(Letters(word.Text), StringComparison.Ordinal)));

    /// <summary>The text with "rn" written "m", as OCR often reads it.</summary>
    private static string Letters(string text) => text.Replace("rn", "m", StringComparison.Ordinal);

    /// <summary>One above the other, a line apart at most, sharing most of the narrower one's width.</summary>
    private static bool Stacked(BoundingBox a, BoundingBox b)
    {
        var gap = Math.Max(a.Top, b.Top) - Math.Min(a.Bottom, b.Bottom);
        var shared = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        return gap <= Math.Max(a.Height, b.Height) && shared >= 0.5 * Math.Min(a.Width, b.Width);
    }

    /// <summary>
    /// A lone small letter right under a word of letters, inside its width: the last letter of a word wrapped in a
    /// narrow header cell ("Outtur" / "n" in seed 7171's North East Lincolnshire), which Tesseract's sparse reading
    /// drops. Without it the header is no column name and the column's figures are lost. Its baseline is the next
    /// line's, within two of the word's heights (the word boxed from its capitals' tops). An arrow read as a letter
    /// sits in a row of its own, further down.
    /// </summary>
    private static bool WrappedTail(OcrWord word, IReadOnlyList<OcrWord> first) =>
        word.Text.Length == 1 && char.IsLower(word.Text[0])
        && first.Any(w => w.Text.Length >= 3 && char.IsLetter(w.Text[^1]) && w.Angle == 0
                          && word.Box.Top >= w.Box.Bottom - 0.3 * w.Box.Height && word.Box.Bottom - w.Box.Bottom <= 2 * w.Box.Height
                          && word.Box.Left >= w.Box.Left - 1 && word.Box.Right <= w.Box.Right + 1);

    /// <summary>
    /// Letters or digits; a lone character only as a capital or a digit (a status letter, a count): a lone small
    /// letter in a table is a shape Tesseract knows no better name for, as a heavy arrow read "t".
    /// </summary>
    private static bool IsText(OcrWord word) =>
        word.Text.Length > 1 ? word.Text.Any(char.IsLetterOrDigit) : char.IsUpper(word.Text[0]) || char.IsDigit(word.Text[0]);
}
