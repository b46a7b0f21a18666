using FluentAssertions;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// A picture's white ground laid over a row rule hides a stretch of it (an arrow image in a direction-of-travel
/// cell, seed 2121's City of Edinburgh scan): the rule, broken in two, no longer parted its rows, and four rows
/// were read as one. A rule whose pieces run from side to side of the table, as its rules above and below do, is
/// one rule; the underlines of column groups, broken between the groups, stay apart, as do the rules of tables side
/// by side.
/// </summary>
public sealed class CoveredRuleTests
{
    [Fact]
    public void A_row_rule_broken_by_a_picture_runs_from_side_to_side_of_its_table()
    {
        var image = RasterImage.Blank(700, 300);
        DrawnRules.Line(image, 50, 650, 40, horizontal: true);    // the header's bottom rule
        DrawnRules.Line(image, 200, 380, 20, horizontal: true);   // a column group's underline...
        DrawnRules.Line(image, 400, 650, 20, horizontal: true);   // ...and the next group's, past the table's first column
        DrawnRules.Line(image, 50, 430, 120, horizontal: true);   // a row rule with a picture over 430-470
        DrawnRules.Line(image, 470, 650, 120, horizontal: true);
        DrawnRules.Line(image, 50, 650, 200, horizontal: true);
        DrawnRules.Line(image, 50, 300, 260, horizontal: true);   // two tables side by side below: no rule under them spans the gap
        DrawnRules.Line(image, 330, 650, 260, horizontal: true);

        var rules = ImageRules.Find(image, minLength: 48, maxCoveredGap: 60).Where(r => r.Horizontal).ToList();

        rules.Select(r => ((int)Math.Floor(r.Across), r.Start, r.End)).Should().Equal(
            (20, 200, 379), (20, 400, 649), (40, 50, 649), (120, 50, 649), (200, 50, 649), (260, 50, 299), (260, 330, 649));
    }

    [Fact]
    public void A_bottom_rule_that_steps_a_row_still_closes_the_table_whose_row_rules_arrows_cut()
    {
        // Seed 8282's Thanet: the bottom rule, not quite level after straightening, was read as two overlapping
        // pieces a row apart; neither spanned the table, so the row rule above it, cut where stacked arrows' heads
        // cross it, was not seen to be covered.
        var image = RasterImage.Blank(700, 300);
        DrawnRules.Line(image, 50, 650, 40, horizontal: true);
        DrawnRules.Line(image, 50, 300, 120, horizontal: true);   // a row rule cut by an arrow's head at 300-340
        DrawnRules.Line(image, 340, 650, 120, horizontal: true);
        DrawnRules.Line(image, 50, 500, 200, horizontal: true);   // the bottom rule stepping down a row
        DrawnRules.Line(image, 400, 650, 202, horizontal: true);

        var rules = ImageRules.Find(image, minLength: 48, maxCoveredGap: 60).Where(r => r.Horizontal).ToList();

        // The bottom rule takes both pieces' rows (200-203), so painting it out leaves neither step behind.
        rules.Select(r => (r.Across, r.Start, r.End, r.Thickness)).Should().Equal((40.5, 50, 649, 2), (120.5, 50, 649, 2), (201.5, 50, 649, 4));
    }

    [Fact]
    public void A_rule_whose_end_steps_a_row_in_a_piece_too_short_to_be_a_line_still_reaches_the_tables_side()
    {
        // Seed 8282's Hartlepool, a greyscale scan: a row rule not quite level stepped a row 50 pixels before the
        // table's side, the step too short to be a line of its own; the rule did not span the table and two rows
        // were read as one. A paper gap still ends a line.
        var image = RasterImage.Blank(700, 300);
        DrawnRules.Line(image, 50, 610, 120, horizontal: true);
        DrawnRules.Line(image, 610, 650, 122, horizontal: true);   // the step: 40 pixels, shorter than a line
        DrawnRules.Line(image, 50, 400, 160, horizontal: true);
        DrawnRules.Line(image, 420, 650, 160, horizontal: true);

        var rules = ImageRules.Find(image, minLength: 48).Where(r => r.Horizontal).ToList();

        rules.Select(r => ((int)Math.Floor(r.Across), r.Start, r.End)).Should().Equal((120, 50, 649), (160, 50, 399), (160, 420, 649));
    }

    [Fact]
    public void A_short_fragment_beside_a_line_does_not_thicken_it()
    {
        // Seed 8282's Enfield: a fragment of a group underline's blurred edge, taken into the line, thickened it, and
        // painting it out took the tail of the "Q4" standing on it: the header read "04" and the group lost its period.
        var image = RasterImage.Blank(700, 200);
        DrawnRules.Line(image, 50, 650, 120, horizontal: true);
        DrawnRules.Line(image, 300, 360, 121, horizontal: true, thickness: 3);   // rows 121-123: one row below the line

        var rule = ImageRules.Find(image, minLength: 48).Should().ContainSingle().Subject;

        (rule.Across, rule.Start, rule.End, rule.Thickness).Should().Be((120.5, 50, 649, 2));
    }

    [Fact]
    public void Without_a_covered_gap_the_pieces_stay_apart()
    {
        var image = RasterImage.Blank(700, 200);
        DrawnRules.Line(image, 50, 650, 40, horizontal: true);
        DrawnRules.Line(image, 50, 430, 120, horizontal: true);
        DrawnRules.Line(image, 470, 650, 120, horizontal: true);

        ImageRules.Find(image, minLength: 48).Count(r => r.Horizontal && Math.Abs(r.Across - 120.5) < 1).Should().Be(2);
    }
}
