using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Text;

namespace Ingest.Readers.Pdf.Ocr;

/// <summary>
/// OCR words as the glyphs a text layer would have drawn, so the digital path's line, lattice and
/// stream finding reads a scan unchanged. Each word's letters share its box evenly and sit on its
/// line's baseline; a space glyph follows each word.
/// </summary>
internal static class OcrPageContent
{
    public const string Font = "OCR";

    /// <summary>Share of the font size below the baseline that Tesseract's box includes when the line has descenders.</summary>
    private const double Descent = 0.22;

    /// <summary>
    /// A line's size is capped at this multiple of the page's typical size: a speck read as a tall
    /// "word" (a scanner smudge, a table border's corner) would otherwise claim a huge font, and lines
    /// group glyphs within a share of their size, so it would pull the lines below into its own.
    /// </summary>
    private const double MaxSizeOverTypical = 1.5;

    /// <summary>Points between a word whose box overlaps the next one's and that next word: its space lies between.</summary>
    private const double KernGap = 0.01;

    public static PageContent ToPage(OcrPage page)
    {
        var glyphs = new List<Glyph>();
        // Turned lines (labels printed bottom to top) are laid out upright in a frame turned with them,
        // then their glyphs are put back on the page with the text layer's angle for such text.
        var turn = new PageFrame(page.Width, page.Height, (int)OcrTurnedText.BottomToTop);
        var lines = page.Words.GroupBy(w => w.Line).Select(line =>
        {
            var words = line.ToList();
            var turned = words[0].Angle != 0;
            if (turned) words = words.Select(w => w with { Box = turn.ToFrame(w.Box) }).ToList();
            return (Words: words, Turned: turned, Metrics: Measure(words));
        }).ToList();
        var typical = lines.Count == 0 ? 0 : Median(lines.Select(l => l.Metrics.Size));
        var sizes = lines.Select(l => l.Metrics.Size).ToList();
        var placed = lines.Select(l =>
        {
            var size = Settled(l.Metrics.Size, sizes);
            size = typical > 0 ? Math.Min(size, MaxSizeOverTypical * typical) : size;
            var baseline = l.Metrics.Baseline ?? l.Metrics.Bottom - (l.Metrics.Descends ? Descent * size : 0);
            return (Size: size, Baseline: baseline, Top: l.Words.Min(w => w.Box.Top));
        }).ToList();
        for (var n = 0; n < lines.Count; n++)
        {
            var (words, turned, (measured, bottom, _, _)) = lines[n];
            var (size, baseline, _) = placed[n];
            // A line of marks alone (an arrow, a triangle, a bullet) has no letters to measure it by: a digital page
            // prints the mark on its row's baseline in the row's size, so it takes those of the text beside it.
            // Measured as small letters, a 9 point arrow claimed 13.5 points and a baseline of its own, and the table
            // finder joined its row to the next (seed 7171's Powys and West Lancashire).
            if (!turned && words.All(w => !w.Text.Any(char.IsLetterOrDigit)) && Beside(n) is { } row)
                (size, baseline) = (placed[row].Size, placed[row].Baseline);
            else if (!turned && words.All(w => !w.Text.Any(char.IsLetterOrDigit)) && typical > 0)
                size = Math.Min(measured, typical);
            var angle = turned ? OcrTurnedText.BottomToTop : 0;
            var ordered = words.OrderBy(w => w.Box.Left).ToList();
            for (var k = 0; k < ordered.Count; k++)
            {
                var word = ordered[k];
                // Boxes of neighbouring words overlap where their letters kern: the word and its space end just before the
                // next word begins, or the space would fall after the next word's first letter ("days to" read as "dayst o",
                // seed 2525's Braintree).
                var right = k + 1 < ordered.Count && ordered[k + 1].Box.Left < word.Box.Right && ordered[k + 1].Box.Left > word.Box.Left
                    ? ordered[k + 1].Box.Left - KernGap
                    : word.Box.Right;
                var advance = (right - word.Box.Left) / word.Text.Length;
                for (var i = 0; i < word.Text.Length; i++)
                {
                    var (x, y) = Place(word.Box.Left + i * advance, baseline);
                    glyphs.Add(new Glyph(word.Text[i].ToString(), x, y, advance, size, Font, word.Bold, Colour: word.Colour, Angle: angle));
                }
                var (spaceX, spaceY) = Place(right, baseline);
                glyphs.Add(new Glyph(" ", spaceX, spaceY, size * 0.25, size, Font, word.Bold, null, angle));
            }

            (double X, double Y) Place(double x, double y) => turned ? turn.ToPage(x, y) : (x, y);
        }

        // The text line whose span the mark's overlaps most, by half the mark's height at least.
        int? Beside(int mark)
        {
            var (top, bottom) = (placed[mark].Top, lines[mark].Metrics.Bottom);
            var best = (Index: (int?)null, Overlap: 0.5 * (bottom - top));
            for (var i = 0; i < lines.Count; i++)
            {
                if (i == mark || lines[i].Turned || lines[i].Words.All(w => !w.Text.Any(char.IsLetterOrDigit))) continue;
                var overlap = Math.Min(bottom, lines[i].Metrics.Bottom) - Math.Max(top, placed[i].Top);
                if (overlap > best.Overlap) best = (i, overlap);
            }
            return best.Index;
        }
        return new PageContent(page.Number, page.Width, page.Height, 0, glyphs, page.Rules, page.Fills, ImageCount: 1);
    }

    /// <summary>
    /// A line's font size from its box: the box runs from its tallest letter to its lowest. Where its words' ink
    /// shows the baseline (<see cref="OcrBaselines"/>), the size is the height above it, and that is the baseline;
    /// otherwise the letters say whether the box reaches below it.
    /// </summary>
    private static (double Size, double Bottom, bool Descends, double? Baseline) Measure(List<OcrWord> words)
    {
        var top = words.Min(w => w.Box.Top);
        var bottom = words.Max(w => w.Box.Bottom);
        var descends = words.Any(w => w.Text.Any(c => c is 'g' or 'j' or 'p' or 'q' or 'y' or '(' or ')' or ',' or ';'));
        var tall = words.Any(w => w.Text.Any(IsTall));
        // Capitals are about 0.7 of the size, small letters half.
        var capital = tall ? 0.72 : 0.5;
        var measured = words.Where(w => w.Baseline is not null).Select(w => w.Baseline!.Value).ToList();
        if (measured.Count > 0)
        {
            var baseline = Median(measured);
            // Sized from the middle of its tall words' tops: one box Tesseract stretched up to a speck above (seed
            // 1919's Adur boxed a header's "Tgt" from 12 points above its baseline, its neighbour "Q1" from 7.4)
            // would size the line half as big again.
            var tops = words.Where(w => w.Text.Any(IsTall)).Select(w => w.Box.Top).ToList();
            var capTop = tops.Count > 0 ? Median(tops) : top;
            return (Math.Max(4, (baseline - capTop) / capital), bottom, bottom > baseline, baseline);
        }
        var size = Math.Max(4, (bottom - top) / (capital + (descends ? Descent : 0)));
        return (size, bottom, descends, null);
    }

    /// <summary>Sizes of lines within this share of each other are one size measured with noise.</summary>
    private const double SameSize = 0.2;

    /// <summary>
    /// A line's size as the middle of the sizes near it: a table's text is printed in one or two sizes, but each
    /// line's ink measures a little differently (a tall "Q", a capital-less word), and the finders judge a header's
    /// cells centred in one row, or a line stacked under another, to a point or two. Measured one by one, seed 1919's
    /// Adur headers, all centred in one tall row, looked not centred, and a wrapped header's first line read as a
    /// label over its neighbours. Sizes far apart (a title over the table) stay apart.
    /// </summary>
    private static double Settled(double size, List<double> sizes) =>
        Median(sizes.Where(s => Math.Abs(s - size) <= SameSize * size));

    private static bool IsTall(char c) => char.IsUpper(c) || char.IsDigit(c) || c is 'b' or 'd' or 'f' or 'h' or 'k' or 'l' or 't';

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
