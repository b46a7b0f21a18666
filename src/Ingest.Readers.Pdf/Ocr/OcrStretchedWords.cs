using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Word boxes Tesseract stretched over the words after them on their line: on a shaded section band seed 2121's City
/// of Edinburgh scan got "Housing" boxed from its own start to the end of "Benefits", over "and" and "Benefits" too,
/// and its letters, spread evenly over the box, were interleaved with theirs ("Houas nd i Benefig ts"). A word ends
/// before the first word of its line that lies wholly inside its box, or that starts inside it by more than half the
/// line's height: boxes of words a space apart touch at most, and seed 6868's Isles of Scilly, on a pale header band,
/// boxed "Result" over most of the "Q4" after it, and read "ResulQt4".
/// </summary>
internal static class OcrStretchedWords
{
    /// <summary>Points a word inside may reach past the stretched box's end and still lie inside it.</summary>
    private const double Slack = 1;

    /// <summary>The gap left before the word inside, as a share of the line's height: a narrow space.</summary>
    private const double Space = 0.25;

    /// <summary>A word starting this share of the line's height inside a box before its end is overrun by it.</summary>
    private const double Overrun = 0.5;

    public static IReadOnlyList<OcrWord> Trim(IReadOnlyList<OcrWord> words)
    {
        List<OcrWord>? trimmed = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Angle != 0) continue;
            var inside = words.Where((o, k) => k != i && o.Line == word.Line && o.Angle == 0
                                               && o.Box.Left > word.Box.Left
                                               && (o.Box.Right <= word.Box.Right + Slack || word.Box.Right - o.Box.Left > Overrun * word.Box.Height)).ToList();
            if (inside.Count == 0) continue;
            var right = inside.Min(o => o.Box.Left) - Space * word.Box.Height;
            if (right <= word.Box.Left) continue;
            trimmed ??= [.. words];
            trimmed[i] = word with { Box = new BoundingBox(word.Box.Left, word.Box.Top, right, word.Box.Bottom) };
        }
        return trimmed ?? words;
    }
}
