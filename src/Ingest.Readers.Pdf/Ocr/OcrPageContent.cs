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
        var placed = lines.Select(l =>
        {
            var size = typical > 0 ? Math.Min(l.Metrics.Size, MaxSizeOverTypical * typical) : l.Metrics.Size;
            return (Size: size, Baseline: l.Metrics.Bottom - (l.Metrics.Descends ? Descent * size : 0), Top: l.Words.Min(w => w.Box.Top));
        }).ToList();
        for (var n = 0; n < lines.Count; n++)
        {
            var (words, turned, (measured, bottom, _)) = lines[n];
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
            foreach (var word in words)
            {
                var advance = word.Box.Width / word.Text.Length;
                for (var i = 0; i < word.Text.Length; i++)
                {
                    var (x, y) = Place(word.Box.Left + i * advance, baseline);
                    glyphs.Add(new Glyph(word.Text[i].ToString(), x, y, advance, size, Font, word.Bold, Colour: word.Colour, Angle: angle));
                }
                var (spaceX, spaceY) = Place(word.Box.Right, baseline);
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

    /// <summary>A line's font size from its box: the box runs from its tallest letter to its lowest.</summary>
    private static (double Size, double Bottom, bool Descends) Measure(List<OcrWord> words)
    {
        var top = words.Min(w => w.Box.Top);
        var bottom = words.Max(w => w.Box.Bottom);
        var descends = words.Any(w => w.Text.Any(c => c is 'g' or 'j' or 'p' or 'q' or 'y' or '(' or ')' or ',' or ';'));
        var tall = words.Any(w => w.Text.Any(c => char.IsUpper(c) || char.IsDigit(c) || c is 'b' or 'd' or 'f' or 'h' or 'k' or 'l' or 't'));
        // Capitals are about 0.7 of the size, small letters half.
        var size = Math.Max(4, (bottom - top) / ((tall ? 0.72 : 0.5) + (descends ? Descent : 0)));
        return (size, bottom, descends);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
