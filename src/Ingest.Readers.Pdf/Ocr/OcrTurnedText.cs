using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Labels printed bottom to top (a sub-committee or theme name turned along a table's first column)
/// come out of an upright reading as confident-looking nonsense ("aTComnuwitdse" for "Towns and
/// Communities"). The page is read once more turned a quarter clockwise, where those labels stand
/// upright; a line of that reading replaces what the upright reading found in its place only when it
/// is plainly text (letters, sure) and plainly upright in the turned picture (tall and narrow on the page),
/// and the upright reading of the same place is less sure of itself.
/// </summary>
internal static class OcrTurnedText
{
    /// <summary>Angle of text running bottom to top, as the text layer gives it (degrees clockwise).</summary>
    public const double BottomToTop = 270;

    /// <summary>Line numbers of the turned reading start here, apart from the upright readings' lines.</summary>
    public const int TurnedLines = 3_000_000;

    /// <summary>A label with fewer letters than this is too little to tell from a sideways digit or a speck.</summary>
    private const int MinLetters = 4;

    /// <summary>Lowest mean confidence (0-100) of a turned line that is taken.</summary>
    private const double MinConfidence = 70;

    /// <summary>Share of a turned line's characters that must be letters or the marks names have (labels are names).</summary>
    private const double MinLetterShare = 0.8;

    /// <summary>A turned label is at least this many times taller than wide on the page.</summary>
    private const double MinTallness = 1.5;

    /// <summary>How much surer (0-100) the turned line must be than the upright words it replaces.</summary>
    private const double SurerBy = 10;

    /// <summary>An upright word this share of whose box a turned label covers was read across the label's ink.</summary>
    private const double ReadAcrossShare = 0.3;

    /// <summary>The grey picture turned a quarter clockwise: a bottom-to-top label then reads left to right.</summary>
    public static byte[] TurnClockwise(byte[] grey, int width, int height)
    {
        // Turned, the picture is `height` wide: pixel (x, y) goes to (height - 1 - y, x).
        var turned = new byte[grey.Length];
        for (var y = 0; y < height; y++)
        {
            var row = y * width;
            var column = height - 1 - y;
            for (var x = 0; x < width; x++) turned[x * height + column] = grey[row + x];
        }
        return turned;
    }

    /// <summary>
    /// Boxes of the turned reading (points, in the turned picture) back on the page, as text running
    /// bottom to top. <paramref name="turnedWidth"/> is the turned picture's width in points (the page's height).
    /// </summary>
    public static IReadOnlyList<OcrWord> BackOnPage(IReadOnlyList<OcrWord> turned, double turnedWidth) =>
        turned.Select(w => w with
        {
            // The inverse of the turn: turned (x, y) was page (y, height - x).
            Box = new BoundingBox(w.Box.Top, turnedWidth - w.Box.Right, w.Box.Bottom, turnedWidth - w.Box.Left),
            Line = TurnedLines + w.Line,
            Angle = BottomToTop,
        }).ToList();

    /// <summary>The upright words, with the turned labels that pass the tests in place of what was read there.</summary>
    public static IReadOnlyList<OcrWord> Merge(IReadOnlyList<OcrWord> upright, IReadOnlyList<OcrWord> turnedOnPage)
    {
        var result = upright.ToList();
        var lines = turnedOnPage.GroupBy(w => w.Line).Select(g => g.ToList()).Where(IsLabelLine).ToList();
        foreach (var label in Labels(lines))
        {
            // A label of two lines ("Towns and" / "Communities") is judged whole: the upright reading's
            // nonsense for it runs across both.
            var words = label.SelectMany(l => l).ToList();
            if (!IsLabel(words)) continue;
            var box = Box(words);
            var confidence = words.Average(w => w.Confidence);
            var covered = result.Where(w => w.Angle == 0 && box.ContainsCentreOf(w.Box)).ToList();
            // Tesseract's orientation detection sometimes reads a turned label right but reports its words
            // as upright ones, tall and narrow; laid out as upright text their letters would interleave.
            // They are no evidence against the label; only words that really read across are. A word the label
            // only partly covers read across too: a column of figures' right ends, stacked, read turned as "FESS"
            // (seed 6868's Havering), and standing outside the table it ended it before the page break.
            var across = result.Where(w => w.Angle == 0 && (covered.Contains(w) || w.Box.ShareInside(box) >= ReadAcrossShare))
                .Where(w => !IsTallAndNarrow(w.Box)).ToList();
            if (across.Count > 0 && across.Average(w => w.Confidence) > confidence - SurerBy) continue;
            foreach (var word in covered) result.Remove(word);
            result.AddRange(words);
        }
        return result;
    }

    /// <summary>Turned lines side by side (less than a line's width apart, overlapping along their length) are one label.</summary>
    private static List<List<List<OcrWord>>> Labels(List<List<OcrWord>> lines)
    {
        var labels = new List<List<List<OcrWord>>>();
        foreach (var line in lines.OrderBy(l => Box(l).Left))
        {
            var box = Box(line);
            var label = labels.FirstOrDefault(l =>
            {
                var other = Box(l.SelectMany(x => x).ToList());
                return box.Left - other.Right < box.Width && box.Top < other.Bottom && other.Top < box.Bottom;
            });
            if (label is null) labels.Add([line]);
            else label.Add(line);
        }
        return labels;
    }

    private static BoundingBox Box(IEnumerable<OcrWord> words) => words.Select(w => w.Box).Aggregate((a, b) => a.Union(b));

    /// <summary>A line that may be part of a label: words (letters and the marks names have), read with confidence.</summary>
    private static bool IsLabelLine(List<OcrWord> words)
    {
        var text = string.Concat(words.Select(w => w.Text));
        return text.Count(IsNameCharacter) >= MinLetterShare * text.Length && words.Average(w => w.Confidence) >= MinConfidence;
    }

    /// <summary>A whole label ("Sub-" / "committe" are two lines of one): enough letters, and standing tall on the page.</summary>
    private static bool IsLabel(List<OcrWord> words) =>
        words.Sum(w => w.Text.Count(char.IsLetter)) >= MinLetters && IsTallAndNarrow(Box(words));

    private static bool IsNameCharacter(char c) => char.IsLetter(c) || c is '-' or '&' or '\'' or '’' or ',';

    private static bool IsTallAndNarrow(BoundingBox box) => box.Height >= MinTallness * box.Width;
}
