using FluentAssertions;
using Ingest.Readers.Pdf.Ocr;

namespace Ingest.Readers.Pdf.Tests.Ocr;

/// <summary>
/// The sides of a one-line header row's cells are shorter than a rule must be to be told from a letter's stem;
/// that they run from one rule to the next is what tells them apart (seed 1919's Havering and Malvern Hills:
/// "Tgt", "Outturn" and "RAG status" under their period read as one cell, the figures under them unheaded).
/// </summary>
public sealed class ShortCellSideTests
{
    [Fact]
    public void A_short_run_from_rule_to_rule_is_a_cell_side_and_a_stem_between_them_is_not()
    {
        var image = RasterImage.Blank(600, 300);
        DrawnRules.Line(image, 50, 550, 100, horizontal: true);   // the group label's underline
        DrawnRules.Line(image, 50, 550, 140, horizontal: true);   // the header's bottom rule: a row 40 px tall
        DrawnRules.Line(image, 50, 550, 250, horizontal: true);
        DrawnRules.Line(image, 100, 251, 50, horizontal: false);  // the table's sides, long enough on their own
        DrawnRules.Line(image, 100, 251, 550, horizontal: false);
        DrawnRules.Line(image, 100, 141, 300, horizontal: false); // a sub-header's side, rule to rule
        DrawnRules.Line(image, 106, 134, 200, horizontal: false); // a letter's stem in the row, touching neither rule
        DrawnRules.Line(image, 160, 200, 400, horizontal: false); // a stem as long as the side, in a row, on no rule

        var rules = ImageRules.Find(image, minLength: 48, minClosedLength: 18);

        rules.Where(r => !r.Horizontal).Select(r => (int)Math.Round(r.Across)).Order().Should().Equal(50, 300, 550);
    }

    [Fact]
    public void Without_a_closed_length_only_long_runs_are_rules()
    {
        var image = RasterImage.Blank(600, 300);
        DrawnRules.Line(image, 50, 550, 100, horizontal: true);
        DrawnRules.Line(image, 50, 550, 140, horizontal: true);
        DrawnRules.Line(image, 100, 141, 300, horizontal: false);

        ImageRules.Find(image, minLength: 48).Should().NotContain(r => !r.Horizontal);
    }
}
