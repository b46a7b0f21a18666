using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Content;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>What the scanned corpus showed going wrong between the picture and the words, one case each.</summary>
public sealed class ScanReadingTests
{
    [Fact]
    public void Skew_is_found_on_a_page_whose_half_height_falls_between_sampled_rows()
    {
        // 1004 / 2 = 502: rows sampled every 4 px from 0 land half a bin off, which once made 0 degrees win.
        var image = RasterImage.Blank(1200, 1004);
        var slope = Math.Tan(0.9 * Math.PI / 180);
        for (var baseY = 100; baseY < 1000; baseY += 40)
            for (var x = 50; x < 1150; x += 3)
                Ink(image, x, (int)Math.Round(baseY + (x - 600) * slope), 2);
        Deskew.FindAngle(image).Should().BeApproximately(0.9, 0.1, "the aliasing peak was at 0");
    }

    [Fact]
    public void A_rule_touching_a_dark_cell_below_it_is_still_a_rule()
    {
        var image = RasterImage.Blank(600, 300);
        for (var x = 20; x < 580; x++) Ink(image, x, 100, 2);
        for (var y = 102; y < 160; y++)                  // a red RAG cell, dark once grey, right under the line
        for (var x = 300; x < 400; x++)
            image.Set(x, y, 190, 2, 1);
        var rules = ImageRules.Find(image, 48);
        rules.Should().ContainSingle(r => r.Horizontal && r.Start == 20 && r.End == 579);
    }

    [Fact]
    public void Letter_bars_side_by_side_are_not_a_horizontal_rule()
    {
        var image = RasterImage.Blank(400, 200);
        foreach (var left in new[] { 100, 118, 136 }) // the bars of "eek", 16 px each, 2 px apart after blur
            for (var x = left; x < left + 16; x++) Ink(image, x, 80, 2);
        ImageRules.Find(image, 48).Should().ContainSingle("at the short length they read as one rule");
        ImageRules.Find(image, 48, 90).Should().BeEmpty();
    }

    [Fact]
    public void A_second_reading_restores_a_dropped_digit_and_a_dropped_word_but_not_a_speck()
    {
        OcrWord[] first = [Word("5%", 307, 249, 320, 255, 96, 1), Word("Target", 319, 213, 347, 222, 96, 2)];
        OcrWord[] second =
        [
            Word("95%", 302, 249, 320, 255, 96, 1),
            Word("Target", 319, 213, 347, 222, 97, 2),
            Word("RA", 362, 208, 374, 215, 95, 3),
            Word("~", 500, 300, 503, 303, 20, 4),
        ];
        var merged = OcrWordMerge.Merge(first, second);
        merged.Select(w => w.Text).Should().BeEquivalentTo(["95%", "Target", "RA"]);
    }

    [Fact]
    public void A_clearly_surer_second_reading_of_the_same_word_replaces_the_first()
    {
        var merged = OcrWordMerge.Merge([Word("Scckers", 95, 624, 128, 631, 70, 1)], [Word("Seekers", 95, 624, 128, 631, 96, 1)]);
        merged.Should().ContainSingle().Which.Text.Should().Be("Seekers");
        var kept = OcrWordMerge.Merge([Word("Seekers", 95, 624, 128, 631, 90, 1)], [Word("Scckers", 95, 624, 128, 631, 96, 1)]);
        kept.Should().ContainSingle().Which.Text.Should().Be("Seekers");
    }

    [Fact]
    public void A_word_read_across_a_column_line_is_cut_at_it()
    {
        var words = OcrWordSplit.AtColumnLines([Word("CG3___Fly-tipping", 42, 503, 113, 511, 22, 1)],
            [new Rule(66.1, 416, 66.1, 522, 0.5, null)]);
        words.Select(w => w.Text).Should().Equal("CG3", "Fly-tipping");
        words[1].Box.Left.Should().BeApproximately(66.1, 1e-9);
    }

    [Fact]
    public void A_word_broken_over_two_lines_of_a_narrow_header_is_joined_and_a_short_word_is_not()
    {
        var words = OcrBrokenWords.Join(
        [
            Word("Decemb", 382, 603, 416, 610, 92, 1),
            Word("er", 395, 615, 403, 620, 96, 2),
            Word("Value", 200, 603, 225, 610, 96, 3),
            Word("of", 205, 615, 213, 620, 96, 4),
        ]);
        words.Select(w => w.Text).Should().Equal("December", "Value", "of");
    }

    [Fact]
    public void A_tall_speck_does_not_claim_a_font_size_that_would_swallow_the_lines_below()
    {
        OcrWord[] words =
        [
            Word("Indicator", 78, 54, 115, 61, 96, 1),
            Word("Annual", 256, 54, 286, 61, 95, 2),
            Word("a¢", 43, 42, 61, 61, 0, 3),
            Word("Target", 258, 64, 285, 73, 97, 4),
            Word("Value", 210, 54, 233, 61, 95, 5),
        ];
        var page = OcrPageContent.ToPage(new OcrPage(1, 842, 595, words, [], [], 0));
        var typical = page.Glyphs.First(g => g.Text == "I").Size;
        page.Glyphs.First(g => g.Text == "¢").Size.Should().BeLessThanOrEqualTo(1.5 * typical + 1e-9);
    }

    private static OcrWord Word(string text, double left, double top, double right, double bottom, double confidence, int line) =>
        new(text, new BoundingBox(left, top, right, bottom), confidence, line);

    private static void Ink(RasterImage image, int x, int y, int thickness)
    {
        for (var t = 0; t < thickness; t++)
            if (x >= 0 && x < image.Width && y + t >= 0 && y + t < image.Height) image.Set(x, y + t, 30, 30, 30);
    }
}
