using Ingest.Readers.Pdf.Content;

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

    public static PageContent ToPage(OcrPage page)
    {
        var glyphs = new List<Glyph>();
        foreach (var line in page.Words.GroupBy(w => w.Line))
        {
            var words = line.ToList();
            var top = words.Min(w => w.Box.Top);
            var bottom = words.Max(w => w.Box.Bottom);
            var descends = words.Any(w => w.Text.Any(c => c is 'g' or 'j' or 'p' or 'q' or 'y' or '(' or ')' or ',' or ';'));
            var tall = words.Any(w => w.Text.Any(c => char.IsUpper(c) || char.IsDigit(c) || c is 'b' or 'd' or 'f' or 'h' or 'k' or 'l' or 't'));
            var height = bottom - top;
            // A line's box runs from its tallest letter to its lowest: capitals are about 0.7 of the size.
            var size = Math.Max(4, height / ((tall ? 0.72 : 0.5) + (descends ? Descent : 0)));
            var baseline = bottom - (descends ? Descent * size : 0);
            foreach (var word in words)
            {
                var advance = word.Box.Width / word.Text.Length;
                for (var i = 0; i < word.Text.Length; i++)
                    glyphs.Add(new Glyph(word.Text[i].ToString(), word.Box.Left + i * advance, baseline, advance, size, Font,
                        Bold: false, Colour: null, Angle: 0));
                glyphs.Add(new Glyph(" ", word.Box.Right, baseline, size * 0.25, size, Font, false, null, 0));
            }
        }
        return new PageContent(page.Number, page.Width, page.Height, 0, glyphs, page.Rules, page.Fills, ImageCount: 1);
    }
}
