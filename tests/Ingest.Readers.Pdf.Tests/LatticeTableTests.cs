using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

public sealed class LatticeTableTests
{
    private static readonly double[] Columns = [40, 200, 260, 320];

    [RequiresMutoolFact]
    public void A_ruled_grid_gives_cells_with_their_text_page_and_box()
    {
        double[] rows = [100, 118, 136, 154];
        var pdf = new TinyPdf();
        pdf.Page(595, 842)
            .Grid(Columns, rows)
            .Cells(Columns, rows, [
                ["Indicator", "Target", "Actual"],
                ["% of customer calls answered", "90%", "93%"],
                ["Complaints answered within timescale", "90%", "95%"],
            ]);

        var table = PdfFixture.Tables(pdf).Single();

        table.RowCount.Should().Be(3);
        table.ColumnCount.Should().Be(3);
        table.TextAt(1, 0).Should().Be("% of customer calls answered");
        table.TextAt(2, 2).Should().Be("95%");
        var cell = table.OriginAt(2, 2)!;
        cell.Page.Should().Be(1);
        cell.Box!.Left.Should().BeApproximately(260, 0.6);
        cell.Box.Top.Should().BeApproximately(136, 0.6);
        cell.Box.Right.Should().BeApproximately(320, 0.6);
        cell.Box.Bottom.Should().BeApproximately(154, 0.6);
    }

    [RequiresMutoolFact]
    public void Borders_drawn_as_many_short_filled_rectangles_are_joined_into_rules()
    {
        double[] rows = [100, 118, 136];
        var pdf = new TinyPdf();
        var page = pdf.Page(595, 842);
        // Word's export: every border is a run of thin rectangles, a few points each, slightly overlapping.
        foreach (var y in rows)
            for (var x = Columns[0]; x < Columns[^1]; x += 7.5)
                page.Fill(x, y - 0.25, Math.Min(8, Columns[^1] - x), 0.5, "000000");
        foreach (var x in Columns)
            for (var y = rows[0]; y < rows[^1]; y += 5)
                page.Fill(x - 0.25, y, 0.5, Math.Min(5.2, rows[^1] - y), "000000");
        page.Cells(Columns, rows, [["Indicator", "Target", "Actual"], ["Recycling rate", "40%", "38%"]]);

        var table = PdfFixture.Tables(pdf).Single();

        table.RowCount.Should().Be(2);
        table.ColumnCount.Should().Be(3);
        table.TextAt(1, 2).Should().Be("38%");
    }

    [RequiresMutoolFact]
    public void A_missing_inner_rule_is_a_merged_cell_and_a_filled_cell_keeps_its_fill()
    {
        double[] rows = [100, 118, 136, 154];
        var pdf = new TinyPdf();
        var page = pdf.Page(595, 842);
        page.Fill(Columns[0], rows[1], Columns[^1] - Columns[0], rows[2] - rows[1], "1F3864");
        page.Fill(Columns[2], rows[2], Columns[3] - Columns[2], rows[3] - rows[2], "00B050");
        foreach (var y in rows) page.Line(Columns[0], y, Columns[^1], y);
        page.Line(Columns[0], rows[0], Columns[0], rows[^1]).Line(Columns[^1], rows[0], Columns[^1], rows[^1]);
        // Inner column rules stop short of the section row, which therefore spans the table.
        foreach (var x in Columns[1..^1])
        {
            page.Line(x, rows[0], x, rows[1]);
            page.Line(x, rows[2], x, rows[3]);
        }
        page.Cells(Columns, rows, [["Indicator", "Target", "RAG"], [""], ["Recycling rate", "40%", "GREEN"]]);
        page.Text(Columns[0] + 3, rows[1] + 12, "CLEAN & SAFE", 9, bold: true, rgb: "FFFFFF");

        var table = PdfFixture.Tables(pdf).Single();

        var section = table.OriginAt(1, 0)!;
        section.ColumnSpan.Should().Be(3);
        section.CleanText.Should().Be("CLEAN & SAFE");
        section.Fill.Should().Be("1F3864");
        section.IsBold.Should().BeTrue();
        section.FontColour.Should().Be("FFFFFF");
        table.OriginAt(2, 2)!.Fill.Should().Be("00B050");
        table.OriginAt(2, 1)!.Fill.Should().BeNull("white is the page, not a fill");
    }

    [RequiresMutoolFact]
    public void Lines_of_a_cell_are_joined_with_line_breaks_and_a_lone_coloured_bullet_keeps_its_colour()
    {
        double[] rows = [100, 130, 148];
        var pdf = new TinyPdf();
        pdf.Page(595, 842)
            .Grid(Columns, rows)
            .Cells(Columns, rows, [["", "Target", "Actual"], ["", "90%", "93%"]])
            .Text(Columns[0] + 3, rows[0] + 12, "Indicator", 9)
            .Text(Columns[0] + 3, rows[0] + 24, "Description", 9)
            .Symbol(Columns[0] + 3, rows[1] + 12, 'l', 9, rgb: "FFC000");

        var table = PdfFixture.Tables(pdf).Single();

        table.OriginAt(0, 0)!.Text.Should().Be("Indicator\nDescription");
        var bullet = table.OriginAt(1, 0)!;
        bullet.CleanText.Should().Be("●");
        bullet.FontColour.Should().Be("FFC000");
    }

    [RequiresMutoolFact]
    public void A_word_broken_by_a_narrow_column_is_joined_and_wrapped_words_keep_their_space()
    {
        double[] xs = [40, 71, 200];
        double[] rows = [100, 140];
        var pdf = new TinyPdf();
        pdf.Page(595, 842)
            .Grid(xs, rows)
            // "GREEN" does not fit in 25 points of 9-point bold Helvetica: the last letter goes below.
            .Text(xs[0] + 3, rows[0] + 12, "GREE", 9, bold: true)
            .Text(xs[0] + 3, rows[0] + 24, "N", 9, bold: true)
            .Text(xs[1] + 3, rows[0] + 12, "Cllr", 9)
            .Text(xs[1] + 3, rows[0] + 24, "Stephen Greek", 9);

        var table = PdfFixture.Tables(pdf).Single();

        table.TextAt(0, 0).Should().Be("GREEN");
        table.TextAt(0, 1).Should().Be("Cllr Stephen Greek");
    }
}
