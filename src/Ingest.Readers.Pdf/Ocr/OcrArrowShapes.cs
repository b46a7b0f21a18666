using Ingest.Core.Tables;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// Trend and polarity arrows (↑ ↓ → ←) read from their shape in the page picture. Tesseract's English
/// model knows no arrows: a lone arrow in a cell comes out as "4", "t" or "1", or its blob is dropped.
/// Such an arrow is one small blob of ink: a straight stem and, at one end, a solid head wider than
/// the stem on both sides that narrows row by row to a tip. Blobs no word covers, and words of one or
/// two characters that are one blob, are measured against that; only a clear arrow is taken, since a
/// wrong arrow is worse than a missing one.
/// </summary>
internal static class OcrArrowShapes
{
    /// <summary>A glyph's length in points at least (an arrow's in small print): shorter blobs are specks, dots and commas.</summary>
    internal const double MinLength = 3.5;

    /// <summary>A glyph's length in points at most: anything longer is a rule's stub or a drawing.</summary>
    internal const double MaxLength = 24;

    /// <summary>An arrow's head is at least this wide (points): narrower, the blob is a thin line with nothing to read.</summary>
    private const double MinBreadth = 1.2;

    /// <summary>An arrow is at most this many times longer than wide.</summary>
    private const double MaxElongation = 6;

    /// <summary>The stem runs at least this share of the length: a head alone is a triangle, not an arrow.</summary>
    private const double MinStemShare = 0.4;

    /// <summary>Rows from the head's widest row to the tip, as a share of that width: a blunter end is a foot or a bar.</summary>
    internal const double MinTipLength = 0.25;

    /// <summary>Rows from the head's widest row to the tip, as a share of that width, at most.</summary>
    internal const double MaxTipLength = 1.3;

    /// <summary>The tip's last row is at most this share of the head's width: the head narrows to a point.</summary>
    internal const double MaxTipWidth = 0.5;

    /// <summary>
    /// The head from its widest row to the tip fills at most this share of the rectangle around it: a
    /// triangle fills about half, the bar of a "7" or "T" all of it.
    /// </summary>
    private const double MaxTipFill = 0.8;

    /// <summary>
    /// The head narrows by at most this share of its width from one row to the next: a triangle narrows
    /// steadily, while the crossbar of a "t" or "+" and the bar of a "4" drop to the stem at once.
    /// </summary>
    internal const double MaxNarrowing = 0.4;

    /// <summary>
    /// The head reaches out on each side of the stem by at least this share of its reach on the other:
    /// the flag of a "1" and the bar of a "4" reach out on one side only.
    /// </summary>
    internal const double MinSymmetry = 0.5;

    /// <summary>A row of the head is centred on the stem within this share of the head's width (and a pixel).</summary>
    internal const double MaxHeadShift = 0.2;

    /// <summary>A row of the head is this share ink at least, from its left edge to its right: the head is solid.</summary>
    private const double MinHeadFill = 0.7;

    /// <summary>Rows between stem and head that are neither, from blur at the head's flat back.</summary>
    private const int ShoulderRows = 2;

    /// <summary>How far the stem may move across per row along it: a page straightened to within a degree or two.</summary>
    internal const double MaxLean = 0.05;

    /// <summary>Stem rows next to the head whose middle is where the head must be centred.</summary>
    private const int NeckRows = 3;

    /// <summary>Stem rows, as a share, that may be wider than the stem (a speck of noise touching it).</summary>
    internal const double StemNoise = 0.1;

    /// <summary>Share of the blob's ink that may lie outside the stem and head (noise, or a second stroke of a letter).</summary>
    internal const double MaxStray = 0.08;

    /// <summary>Share of a short word's box its one blob must cover for the word to be read from that blob alone.</summary>
    private const double MinWordCover = 0.6;

    /// <summary>How sure an arrow read from its shape is, on Tesseract's 0-100 scale: sure enough to be used, below a clean word.</summary>
    private const double Confidence = 75;

    /// <summary>Points from a word's box within which a blob is that word's.</summary>
    private const double NextToWord = 0.5;

    /// <summary>Arrows read here are lines of their own, numbered apart from both Tesseract readings (<see cref="OcrWordMerge"/>).</summary>
    private const int ArrowLines = 2_000_000;

    /// <summary>
    /// The words with lone arrows put right: a word of one or two characters that is one arrow-shaped blob
    /// becomes that arrow, and an arrow-shaped blob no word touches is added as a word of its own.
    /// </summary>
    /// <param name="grey">The page as Tesseract read it (<see cref="OcrImage.Prepare"/>): ruling lines painted out, so an
    /// arrow is a blob of its own.</param>
    /// <param name="scale">Points per pixel.</param>
    public static IReadOnlyList<OcrWord> Apply(byte[] grey, int width, int height, IReadOnlyList<OcrWord> words, double scale,
        ScanShapeRules? rules = null)
    {
        rules ??= new ScanShapeRules();
        var blobs = InkBlobs.Find(grey, width, height, MinLength / scale, MaxLength / scale);
        if (blobs.Count == 0) return words;
        var placed = blobs.Select(b => (Blob: b, Box: b.ToBox(scale))).ToList();
        var result = words.ToList();
        var line = ArrowLines;
        for (var i = 0; i < result.Count; i++)
        {
            var word = result[i];
            if (IsSureWordInText(word, words, rules)) continue;
            if (LeadingArrow(word, placed, scale, rules) is { } split)
            {
                result[i] = split.Word;
                result.Insert(i, new OcrWord(split.Arrow, split.Box, Confidence, ++line));
                i++;
                continue;
            }
            if (LineAndArrow(word, placed, scale, rules) is { } beside)
            {
                result[i] = new OcrWord(beside.Arrow, beside.Box, Confidence, ++line);
                continue;
            }
            if (!Replaceable(word)) continue;
            // Tesseract may box only part of the glyph it misread (seed 1919's Dumfries and Galloway key: a ▲ read
            // "a", boxed over its right half), so a blob that holds the word's centre is the word's too.
            var inside = placed.Where(p => word.Box.ContainsCentreOf(p.Box) || p.Box.ContainsCentreOf(word.Box)).ToList();
            // A key's "◄►" read as junk ("<»", seed 3535's Barnet): two blobs, a ◄ then a ►, and no letter or digit read.
            // Left as read, the key's "no change" ran on into the "▼" before it, and the key said nothing of ▼.
            if (LevelPair(word, inside, scale, rules) is { } pair)
            {
                result[i] = new OcrWord("◄►", pair, Confidence, ++line);
                continue;
            }
            // The word must be that one blob: a word whose box holds more than one glyph, or whose box
            // the blob does not fill, was read from more than the blob.
            if (inside.Count != 1 || word.Box.ShareInside(inside[0].Box) < MinWordCover) continue;
            if (Arrow(inside[0].Blob, scale, rules) is { } arrow)
                result[i] = new OcrWord(arrow, inside[0].Box, Confidence, ++line);
        }
        foreach (var (blob, box) in placed)
        {
            // A blob at a word's edge is that word's letter its box left out (seed 8282's Tamworth: the "f" of a bold
            // "of" stood just past the word's box, and a heading read "Percentage of ↑ office staff").
            if (words.Any(w => w.Box.Expanded(NextToWord).Intersects(box))) continue;
            if (Arrow(blob, scale, rules) is { } arrow) result.Add(new OcrWord(arrow, box, Confidence, ++line));
        }
        return LevelPairs(result);
    }

    /// <summary>
    /// A word that begins with a symbol where its first blob is an arrow: in a key's running text Tesseract runs a
    /// thin arrow into the word after it and names it a symbol (seed 1919's Carmarthenshire: "↓ the figure went
    /// down" read "$the figure went down"), and the key then describes no down arrow. The arrow is split off as a
    /// word of its own; the rest keeps the word's letters. A word that begins with a letter or digit is left whole.
    /// </summary>
    private static (string Arrow, BoundingBox Box, OcrWord Word)? LeadingArrow(OcrWord word, List<(InkBlobs.Blob Blob, BoundingBox Box)> placed,
        double scale, ScanShapeRules rules)
    {
        var letters = word.Text.Length < 3 ? "" : word.Text[1..].TrimEnd(',', '.', ';', ':');
        if (word.Angle != 0 || letters.Length == 0 || char.IsLetterOrDigit(word.Text[0]) || !letters.All(char.IsLetter)) return null;
        var blobs = placed.Where(p => word.Box.ContainsCentreOf(p.Box)).OrderBy(p => p.Box.Left).ToList();
        if (blobs.Count < 2 || Arrow(blobs[0].Blob, scale, rules) is not { } arrow) return null;
        // The rest is boxed by its own ink: the arrow stands taller than the letters, and a line is sized by its tallest word.
        var rest = blobs.Skip(1).Select(p => p.Box).Aggregate((a, b) => a.Union(b));
        return (arrow, blobs[0].Box, word with { Text = word.Text[1..], Box = new BoundingBox(rest.Left, rest.Top, word.Box.Right, rest.Bottom) });
    }

    /// <summary>
    /// A short word read from a cell's side and the arrow beside it: a rule too thick to be found as one (the side of a
    /// column of status fills, one with them) stays on the picture, and Tesseract reads it with the arrow next to it as
    /// a word (seed 2121's Harrow: "|" and a "→" read "ae", a "↓" "14", a "↑" "|f"). When the word's ink is only one
    /// arrow and thin upright lines that go on above or below it, as a cell's side does, it is that arrow.
    /// </summary>
    private static (string Arrow, BoundingBox Box)? LineAndArrow(OcrWord word, List<(InkBlobs.Blob Blob, BoundingBox Box)> placed, double scale,
        ScanShapeRules rules)
    {
        if (word.Angle != 0 || word.Text.Length > MaxLineWord) return null;
        var inside = placed.Where(p => word.Box.ContainsCentreOf(p.Box)).ToList();
        // A cell's side goes on through the rows above or below: a letter "l" beside an arrow stands alone.
        var lines = inside.Where(p => IsUprightLine(p.Blob, scale) && placed.Any(o => o.Blob != p.Blob && IsUprightLine(o.Blob, scale)
            && o.Box.Left < p.Box.Right && o.Box.Right > p.Box.Left
            && Math.Max(o.Box.Top - p.Box.Bottom, p.Box.Top - o.Box.Bottom) is > 0 and var gap && gap <= p.Box.Height)).ToList();
        if (lines.Count == 0 || inside.Count != lines.Count + 1) return null;
        var (blob, box) = inside.Single(p => !lines.Contains(p));
        // The lines stand at the word's side, beside the arrow, not through it.
        if (lines.Any(l => l.Box.Right > box.Left && l.Box.Left < box.Right)) return null;
        return Arrow(blob, scale, rules) is { } arrow ? (arrow, box) : null;
    }

    /// <summary>Tesseract's word from a rule and an arrow beside it is at most this long.</summary>
    private const int MaxLineWord = 4;

    /// <summary>A thin upright line: at most this many points wide...</summary>
    private const double MaxLineWidth = 1.6;

    /// <summary>...and at least this many times taller than wide.</summary>
    private const double MinLineElongation = 5;

    private static bool IsUprightLine(InkBlobs.Blob blob, double scale)
    {
        var (width, height) = (blob.Right - blob.Left + 1, blob.Bottom - blob.Top + 1);
        return width * scale <= MaxLineWidth && height >= MinLineElongation * width;
    }

    internal static string? Arrow(InkBlobs.Blob blob, double scale, ScanShapeRules rules) =>
        Math.Min(blob.Mask.GetLength(0), blob.Mask.GetLength(1)) >= MinBreadth / scale
            ? Classify(blob.Mask, rules) ?? OcrTriangleShapes.Classify(blob.Mask, rules)
            : null;

    /// <summary>The box of a word read from a ◄ and a ► side by side and nothing else, or null.</summary>
    private static BoundingBox? LevelPair(OcrWord word, List<(InkBlobs.Blob Blob, BoundingBox Box)> inside, double scale, ScanShapeRules rules)
    {
        if (inside.Count != 2 || word.Text.Any(char.IsLetterOrDigit)) return null;
        var (left, right) = inside[0].Box.Left <= inside[1].Box.Left ? (inside[0], inside[1]) : (inside[1], inside[0]);
        if (Arrow(left.Blob, scale, rules) != "◄" || Arrow(right.Blob, scale, rules) != "►") return null;
        var box = left.Box.Union(right.Box);
        return word.Box.ShareInside(box) < MinWordCover ? null : box;
    }

    /// <summary>
    /// A ◄ with a ► just after it on the same level is one mark, "no change", as the text layer prints it:
    /// two glyphs close together, about a triangle's width apart at most.
    /// </summary>
    private static List<OcrWord> LevelPairs(List<OcrWord> words)
    {
        var lefts = words.Where(w => w.Text == "◄").ToList();
        foreach (var left in lefts)
        {
            var right = words.Where(w => w.Text == "►" && w.Box.Left >= left.Box.Right - 1
                    && w.Box.Left - left.Box.Right <= left.Box.Width
                    && Math.Abs((w.Box.Top + w.Box.Bottom) / 2 - (left.Box.Top + left.Box.Bottom) / 2) <= left.Box.Height / 2)
                .MinBy(w => w.Box.Left);
            if (right is null) continue;
            var index = words.IndexOf(left);
            words[index] = left with { Text = "◄►", Box = left.Box.Union(right.Box) };
            words.Remove(right);
        }
        return words;
    }

    /// <summary>The arrow a blob is ("↑", "↓", "→", "←", "↔"), or null when it is not clearly one.</summary>
    /// <param name="mask">[row, column]: true for ink.</param>
    internal static string? Classify(bool[,] mask) => Classify(mask, new ScanShapeRules());

    /// <inheritdoc cref="Classify(bool[,])"/>
    internal static string? Classify(bool[,] mask, ScanShapeRules rules)
    {
        var height = mask.GetLength(0);
        var width = mask.GetLength(1);
        if (Math.Max(height, width) > MaxElongation * Math.Min(height, width)) return null;
        if (height >= rules.MinElongation * width)
        {
            var rows = Enumerable.Range(0, height).Select(y => Enumerable.Range(0, width).Select(x => mask[y, x]).ToArray()).ToArray();
            if (PointsToEnd(rows, rules.MinHeadToStem) || Barbed(rows, rules)) return "↓";
            var reversed = Enumerable.Reverse(rows).ToArray();
            if (PointsToEnd(reversed, rules.MinHeadToStem) || Barbed(reversed, rules)) return "↑";
        }
        // A square blob may be either: an arrow picture's head is as wide as the arrow is long.
        if (width >= rules.MinElongation * height)
        {
            var columns = Enumerable.Range(0, width).Select(x => Enumerable.Range(0, height).Select(y => mask[y, x]).ToArray()).ToArray();
            if (PointsToEnd(columns, rules.MinHeadToStem) || Barbed(columns, rules)) return "→";
            var reversed = Enumerable.Reverse(columns).ToArray();
            if (PointsToEnd(reversed, rules.MinHeadToStem) || Barbed(reversed, rules)) return "←";
            // A level trend arrow has a head at both ends: each half is an arrow pointing out.
            var middle = columns.Length / 2;
            // Each half's stem is half the arrow's, and a thin glyph's heads take much of it (seed 1919's Havering: a
            // 31 pixel "↔" has 8 pixel heads), their barbs swept back beside the stem: a half needs less stem than a
            // one-headed arrow and may have more ink off its stem and head.
            bool Half(bool[][] half) => PointsToEnd(half, rules.MinHeadToStem, rules.LevelMinStemShare, rules.LevelMaxStray)
                                        || BarbedArrowShape.PointsToEnd(half, rules.MinHeadToStem, rules.LevelMinStemShare, rules.LevelMaxStray);
            if (Half(columns[middle..]) && Half(columns[..(middle + 1)].Reverse().ToArray())) return "↔";
        }
        return null;
    }

    /// <summary>An arrow with an open head, whose barbs are strokes swept back from its point (<see cref="BarbedArrowShape"/>).</summary>
    private static bool Barbed(bool[][] slices, ScanShapeRules rules) =>
        BarbedArrowShape.PointsToEnd(slices, rules.MinHeadToStem, MinStemShare, MaxStray);

    /// <summary>
    /// Whether the slices (the rows of a ↓, each across the arrow) are a stem from the first slice on and a
    /// head whose tip is the last slice.
    /// </summary>
    private static bool PointsToEnd(bool[][] slices, double minHeadToStem, double minStemShare = MinStemShare, double maxStray = MaxStray)
    {
        var n = slices.Length;
        var runs = slices.Select(Runs).ToArray();
        if (runs.Any(r => r.Count == 0)) return false;
        // The axis is where most slices' longest run is centred: the stem's, since the stem is most of the length.
        var axis = Median(runs.Select(r => r.MaxBy(s => s.End - s.Start)).Select(s => (s.Start + s.End) / 2.0));
        var main = runs.Select(r => r.MinBy(s => s.Start <= axis && s.End >= axis ? 0 : Math.Min(Math.Abs(s.Start - axis), Math.Abs(s.End - axis)))).ToArray();
        var widths = main.Select(s => s.End - s.Start + 1).ToArray();
        var centres = main.Select(s => (s.Start + s.End) / 2.0).ToArray();

        var widest = Array.IndexOf(widths, widths.Max());
        var headWidth = widths[widest];
        var stemEnd = widest - ShoulderRows;
        if (stemEnd < 1) return false;
        var stem = widths[..stemEnd];
        var stemWidth = Median(stem.Select(w => (double)w));
        if (headWidth < minHeadToStem * stemWidth) return false;
        // The stem's length runs to its last slice no wider than the stem, which may lie among the shoulder rows: a heavy
        // arrow's head is more than half its length (seed 2525's Mid Devon key, a bold ⬆ whose stem is 18 of 43 rows).
        var stemLength = stemEnd;
        while (stemLength < widest && widths[stemLength] <= stemWidth + 1) stemLength++;
        if (stemLength < minStemShare * n) return false;

        // The stem: one narrow stroke along the axis.
        if (stem.Count(w => w > Math.Max(stemWidth + 1.5, stemWidth * 1.5)) > StemNoise * stem.Length) return false;
        if (centres[..stemEnd].Count(c => Math.Abs(c - axis) > stemWidth / 2 + 1.5) > StemNoise * stem.Length) return false;
        // Upright, too: the slanted stroke of a "7" or "/" is as narrow, but moves across as it goes.
        var third = Math.Max(1, stemEnd / 3);
        if (Math.Abs(centres[..third].Average() - centres[(stemEnd - third)..stemEnd].Average()) > MaxLean * stemEnd + 1) return false;
        // The head is centred where the stem meets it, not on the axis: a slightly turned page or a
        // pixel of rounding may shift the stem's far end.
        var neck = Enumerable.Range(0, widest).Reverse().Where(i => widths[i] <= stemWidth + 1).Take(NeckRows).Average(i => centres[i]);

        // The tip: a steady narrowing from the widest row to the last.
        var tip = n - 1 - widest;
        if (tip < 2 || tip < MinTipLength * headWidth || tip > MaxTipLength * headWidth) return false;
        // A pixel of blur either way: a small glyph arrow's point (a head 7 pixels wide) is lost, its last row 4 wide.
        if (widths[n - 1] > MaxTipWidth * headWidth + 1) return false;
        // And a pixel a row: blur widens every row of a small head alike.
        if (widths[widest..].Sum() > (MaxTipFill * headWidth + 1) * (tip + 1)) return false;
        var narrowest = headWidth;
        for (var i = widest + 1; i < n; i++)
        {
            if (widths[i] > narrowest + 1) return false;
            // The last step may be any: the point itself is lost to blur or kept as a pixel.
            if (i < n - 1 && widths[i - 1] - widths[i] > Math.Max(2, MaxNarrowing * headWidth)) return false;
            narrowest = Math.Min(narrowest, widths[i]);
        }
        // Above its crossbar a "t" or "f" is its stem again; an arrow's tip is that narrow only near its point:
        // in a triangle at least MinHeadToStem stems wide, over no more than that share of its length (and a row
        // for rounding: a block arrow's tip is as wide as its stem exactly half way).
        if (widths[(widest + 1)..].Count(w => w <= stemWidth) > Math.Max(2, tip / minHeadToStem + 1)) return false;
        for (var i = widest; i < n; i++)
        {
            var (start, end) = main[i];
            if (Math.Abs(centres[i] - neck) > MaxHeadShift * headWidth + 1) return false;
            if (slices[i][start..(end + 1)].Count(p => p) < MinHeadFill * (end - start + 1)) return false;
        }

        // The head's back reaches out on both sides of the stem.
        var left = neck - stemWidth / 2 - main[widest].Start;
        var right = main[widest].End - (neck + stemWidth / 2);
        // A small glyph's one-pixel stem, blurred, may leave the head a pixel's reach on one side; the ratio is
        // compared with a hair of slack, as thirds of pixels sum to it exactly.
        if (Math.Min(left, right) < 1 || Math.Min(left, right) < MinSymmetry * Math.Max(left, right) - 0.01) return false;

        // Little ink anywhere else: a letter's other strokes would be there.
        var ink = slices.Sum(s => s.Count(p => p));
        var counted = main.Select((s, i) => slices[i][s.Start..(s.End + 1)].Count(p => p)).Sum();
        return ink - counted <= maxStray * ink;
    }

    /// <summary>Runs of ink across one slice; a one-pixel gap from noise does not split a run.</summary>
    private static List<(int Start, int End)> Runs(bool[] slice)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < slice.Length; i++)
        {
            if (!slice[i]) continue;
            if (runs.Count > 0 && runs[^1].End >= i - 2) runs[^1] = (runs[^1].Start, i);
            else runs.Add((i, i));
        }
        return runs;
    }

    /// <summary>Tesseract's reading of a lone arrow is one or two characters; a turned label is read with care already.</summary>
    /// <summary>
    /// Two letters read sure, with a word close on each side on their line: a word of a sentence or a name, such as
    /// "on", whose blurred letters may run into an arrow-like blob. A lone arrow misread is alone in its cell; a key's
    /// arrow between words is read as one character, a digit or junk.
    /// </summary>
    private static bool IsSureWordInText(OcrWord word, IReadOnlyList<OcrWord> words, ScanShapeRules rules)
    {
        if (word.Text.Length != 2 || !word.Text.All(char.IsLetter) || word.Confidence < rules.SureWordConfidence) return false;
        bool Close(OcrWord other, bool before)
        {
            var height = Math.Max(word.Box.Height, other.Box.Height);
            var overlap = Math.Min(word.Box.Bottom, other.Box.Bottom) - Math.Max(word.Box.Top, other.Box.Top);
            var gap = before ? word.Box.Left - other.Box.Right : other.Box.Left - word.Box.Right;
            return !ReferenceEquals(other, word) && overlap >= 0.5 * Math.Min(word.Box.Height, other.Box.Height) && gap >= -1 && gap <= height;
        }
        return words.Any(w => Close(w, before: true)) && words.Any(w => Close(w, before: false));
    }

    private static bool Replaceable(OcrWord word) =>
        word.Text.Length is 1 or 2 && word.Text is not ("↑" or "↓" or "→" or "←" or "↔" or "▲" or "▼" or "◄" or "►" or "◄►") && word.Angle == 0;

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
