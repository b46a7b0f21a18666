using FluentAssertions;
using Ingest.Core.Rules;
using Ingest.Readers.Pdf.Layout.Finders;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>The table finders' tolerances are data in <c>extraction-rules/pdf-layout.yaml</c>, and they are what the finders use.</summary>
public sealed class PdfLayoutRulesTests
{
    [Fact]
    public void The_shipped_rules_load_and_name_every_finder()
    {
        var rules = RealRules.Load<PdfLayoutRules>(PdfLayoutRules.FileName);

        rules.Stream.MinimumRows.Should().BePositive();
        rules.Lattice.Reach.Should().BePositive();
        rules.RuledRows.MinimumRuleLength.Should().BePositive();
        rules.CellFills.Covers.Should().BeInRange(0, 1);
        rules.PageBreaks.RuledEdgeTolerance.Should().BePositive();
        rules.PageFurniture.Band.Should().BeInRange(0, 0.5);
        rules.Stream.MarkReach.Should().BePositive();
    }

    [Fact]
    public void A_misspelt_key_is_an_error_naming_the_file()
    {
        var act = () => RulesDirectory.Parse<PdfLayoutRules>("stream:\n  minimum_row: 2\n", "pdf-layout.yaml");

        act.Should().Throw<InvalidDataException>().WithMessage("pdf-layout.yaml*");
    }

    [Fact]
    public void A_fill_tolerance_from_the_rules_decides_which_fills_are_cells()
    {
        // A status column's fills a third as wide as their unruled cells: the cells' colour by default, not when
        // the rules ask a fill inside a cell to cover half its width.
        string[] colours = ["00B050", "FF0000", "FFC000", "00B050", "FF0000", "00B050"];
        var pdf = UnruledHeaderTests.NarrowFillColumn(colours);
        var strict = RulesDirectory.Parse<PdfLayoutRules>("cell_fills:\n  wide_share: 0.5\n");

        var byDefault = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        var byRules = PdfFixture.Tables(pdf, new TableExtractionOptions(Layout: strict)).Should().ContainSingle().Subject;

        Enumerable.Range(1, colours.Length).Select(r => byDefault.CellAt(r, 3)?.Fill).Should().Equal(colours);
        Enumerable.Range(1, colours.Length).Select(r => byRules.CellAt(r, 3)?.Fill).Should().AllSatisfy(f => f.Should().BeNull());
    }

    [Fact]
    public void How_far_columns_may_move_between_pages_comes_from_the_rules()
    {
        // A ruled table whose inner column line stands 5 points further right on the next page.
        var pdf = new TinyPdf();
        DrawnCell[][] above = [[new("Indicator"), new("Actual")], [new("Calls answered"), new("93%")]];
        TableDrawer.Draw(pdf.Page(), 842 - 40 - TableDrawer.Height(above), [40, 300, 550], above, Borders.Lines);
        TableDrawer.Draw(pdf.Page(), 72, [40, 305, 550], [[new("Complaints answered"), new("95%")]], Borders.Lines);
        var loose = RulesDirectory.Parse<PdfLayoutRules>("page_breaks:\n  ruled_edge_tolerance: 6\n");

        PdfFixture.Tables(pdf).Should().HaveCount(2);
        PdfFixture.Tables(pdf, new TableExtractionOptions(Layout: loose)).Should().ContainSingle().Which.RowCount.Should().Be(3);
    }
}
