using Ingest.Core.Tables;
using Ingest.Readers.Pdf.Ocr;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// What a scan's table finder must not be handed: the sides of a dark fill as rules (<see cref="FillEdges"/>), and
/// the flat "words" Tesseract reads along a painted-out rule (<see cref="OcrFlatWords"/>), both seen on seed 1717's
/// Eastbourne, a greyscale scan at 159 dpi turned 1.4 degrees.
/// </summary>
public sealed class OcrFillEdgesAndFlatWordsTests
{
    [Fact]
    public void The_sides_of_status_fills_stacked_in_a_column_are_no_rules_but_a_table_rule_past_them_is()
    {
        // Three status cells one under another, 230 pixels wide, rows 80-84 pixels tall, as the scan's fills found them.
        (int, int, int, int)[] fills = [(2090, 790, 2322, 868), (2090, 868, 2322, 951), (2090, 951, 2322, 1031)];
        PixelRule[] rules =
        [
            // The blurred left side of the first two cells, a little longer than they are.
            new(false, 2089, 780, 950, 2),
            // The right side of all three.
            new(false, 2323, 795, 1040, 2),
            // A row rule under the first row, across the whole table.
            new(true, 868, 150, 3350, 1),
            // The table's own column rule along the cells' left side, from its header far above to its foot.
            new(false, 2090, 300, 2200, 2),
            // A rule through the middle of the cells is no side of theirs.
            new(false, 2200, 790, 1031, 2),
        ];

        var kept = FillEdges.Drop(rules, fills, reach: 12);

        kept.Should().BeEquivalentTo([rules[2], rules[3], rules[4]]);
    }

    [Theory]
    [InlineData("484848", true)]
    [InlineData("C00000", true)]
    [InlineData("BBBBBB", false)]
    [InlineData("D9E2F3", false)]
    public void Only_a_fill_as_dark_as_ink_has_sides_that_pass_for_rules(string colour, bool dark) =>
        FillEdges.IsDark(colour).Should().Be(dark, "a rule along a pale header band is the table's own (the scanned Havering report)");

    [Fact]
    public void A_word_a_third_of_a_point_tall_is_dropped_and_words_and_a_clear_dash_are_kept()
    {
        var rules = ScanRules.Load(RealRules.Directory).Words;
        OcrWord[] words =
        [
            new("nN", new BoundingBox(43.7, 400.0, 244.0, 400.3), 0, 1),
            new("=e", new BoundingBox(689.6, 179.0, 692.8, 179.3), 51, 2),
            new("-", new BoundingBox(621.3, 409.9, 622.0, 410.1), 0, 3),
            new("1,486", new BoundingBox(322.0, 410.8, 343.6, 417.5), 96, 4),
            new("-", new BoundingBox(560.0, 420.0, 563.0, 420.7), 93, 5),
            new("a", new BoundingBox(100.0, 430.0, 104.0, 434.0), 90, 6),
        ];

        var kept = OcrFlatWords.Drop(words, rules);

        kept.Select(w => w.Line).Should().Equal(4, 5, 6);
    }
}
