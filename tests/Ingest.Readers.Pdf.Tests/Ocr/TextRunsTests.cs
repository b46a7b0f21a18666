using Ingest.Readers.Pdf.Ocr;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// A bold word's letters run together are no rule (<see cref="TextRuns"/>): seed 1717's Croydon lost its bold header
/// "Comments" to a "rule" along its letters' tops, painted out before Tesseract read it.
/// </summary>
public sealed class TextRunsTests
{
    [Fact]
    public void A_run_along_bold_letters_is_dropped_and_rules_and_an_underline_are_kept_whatever_fill_touches_them()
    {
        var image = RasterImage.Blank(900, 400);
        // A bold word 160 pixels long: letters 18 wide with a 2-pixel gap, each an arch (a bar 5 rows thick) on three
        // stems 3 wide going down 25 rows, so the bars blur into one run the word's length.
        for (var letter = 0; letter < 8; letter++)
        {
            var left = 100 + letter * 20;
            Ink(image, left, 60, left + 17, 64);
            foreach (var stem in new[] { 0, 7, 14 }) Ink(image, left + stem, 65, left + stem + 2, 89);
        }
        // Short rules, as long as a word: one with a descender touching it in one place...
        Ink(image, 450, 150, 650, 151);
        Ink(image, 500, 140, 505, 152);
        // ...one with a dark fill (a status cell) right under it: the fill's pixels are not counted...
        Ink(image, 450, 240, 650, 241);
        Ink(image, 450, 244, 650, 260);
        // ...and one along a black band the scan found no fill for.
        Ink(image, 450, 280, 650, 281);
        Ink(image, 450, 284, 650, 300);
        // A table rule with a tightly set row's letters right above it all along.
        Ink(image, 50, 360, 850, 361);
        for (var x = 50; x < 850; x += 7) Ink(image, x, 340, x + 2, 357);
        // A group's underline, 120 pixels, clear on both sides.
        Ink(image, 400, 320, 520, 321);

        var found = ImageRules.Find(image, 48, 90);
        var rules = ScanRules.Load(RealRules.Directory).Rules;
        var kept = TextRuns.Drop(image, found, [(450, 244, 650, 260)], rules.MaxFlankInk, (int)Math.Ceiling(rules.MaxStroke * 300 / 72), (int)(rules.MaxWord * 300 / 72));

        found.Should().Contain(r => r.Horizontal && r.Across < 70, "the letters' tops make a run long enough for a rule");
        kept.Where(r => r.Horizontal).Select(r => (int)r.Across).Should().BeEquivalentTo([150, 240, 280, 320, 360]);
    }

    private static void Ink(RasterImage image, int left, int top, int right, int bottom)
    {
        for (var y = top; y <= bottom; y++)
        for (var x = left; x <= right; x++) image.Set(x, y, 20, 20, 20);
    }
}
