using FluentAssertions;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// A trend arrow drawn from the rule above its cell down to the one below is a dark run from rule to rule, as a short
/// cell side is (seed 2121's Harrow: its block arrows ↓ were taken for cell sides, painted out, and read as "{I", "dt").
/// </summary>
public sealed class ArrowStemsTests
{
    private const double Scale = 72.0 / 300;

    [Fact]
    public void An_arrow_whose_stem_runs_from_rule_to_rule_is_no_cell_side_and_a_cell_side_is_kept()
    {
        var image = RasterImage.Blank(600, 300);
        DrawnRules.Line(image, 50, 550, 100, horizontal: true);
        DrawnRules.Line(image, 50, 550, 136, horizontal: true);
        DrawnRules.Line(image, 50, 550, 172, horizontal: true);
        DrawnRules.Line(image, 100, 137, 200, horizontal: false); // a sub-header's side, rule to rule
        DownArrow(image, 300, 102, 134);                  // a ↓ under the rule, its point on the next
        DownArrow(image, 300, 138, 170);                  // and another in the row below, in line with it

        var rules = ImageRules.Find(image, minLength: 48, minClosedLength: 18);
        rules.Should().Contain(r => !r.Horizontal && Math.Abs(r.Across - 300) < 3, "the stems pass for a cell side");

        var kept = ArrowStems.Drop(image, rules, Scale, new ScanShapeRules());

        kept.Where(r => !r.Horizontal).Select(r => (int)Math.Round(r.Across)).Should().Equal(200);
        kept.Count(r => r.Horizontal).Should().Be(3);
    }

    [Fact]
    public void Three_arrows_stacked_in_rows_barely_taller_than_them_are_no_cell_side()
    {
        // Seed 8282's Tendring: heavy arrows in three tight rows one under another, bridged across the rules between
        // them, are one run longer than any one arrow.
        var image = RasterImage.Blank(600, 320);
        foreach (var y in new[] { 100, 140, 180, 220 }) DrawnRules.Line(image, 50, 550, y, horizontal: true);
        DrawnRules.Line(image, 100, 221, 200, horizontal: false); // a column's side, top to bottom
        foreach (var top in new[] { 101, 141, 181 }) DownArrow(image, 300, top, top + 38);

        var rules = ImageRules.Find(image, minLength: 48, minClosedLength: 18);
        rules.Should().Contain(r => !r.Horizontal && Math.Abs(r.Across - 300) < 3 && r.End - r.Start > 24 / Scale, "the stems pass for one long side");

        var kept = ArrowStems.Drop(image, rules, Scale, new ScanShapeRules());

        kept.Where(r => !r.Horizontal).Select(r => (int)Math.Round(r.Across)).Should().Equal(200);
    }

    /// <summary>A block ↓ 9 px wide in the stem and 24 px in the head, from <paramref name="top"/> to its point at <paramref name="bottom"/>.</summary>
    private static void DownArrow(RasterImage image, int centre, int top, int bottom)
    {
        var headTop = bottom - 12;
        for (var y = top; y <= bottom; y++)
        {
            var half = y < headTop ? 4 : (int)Math.Round(12.0 * (bottom - y) / (bottom - headTop));
            for (var x = centre - half; x <= centre + half; x++) image.Set(x, y, 60, 60, 60);
        }
    }
}
