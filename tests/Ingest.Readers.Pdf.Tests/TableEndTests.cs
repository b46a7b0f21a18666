using FluentAssertions;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>Where a table ends: the page's footer just under it is not its last row.</summary>
public sealed class TableEndTests
{
    [Fact]
    public void A_footer_with_a_page_number_just_under_a_table_ruled_between_rows_is_no_row()
    {
        DrawnCell[][] rows =
        [
            [new("Indicator", Bold: true), new("DoT", Bold: true), new("Target", Bold: true), new("Outturn", Bold: true), new("Previous", Bold: true)],
            .. Enumerable.Range(0, 8).Select(i => new DrawnCell[] { new($"Indicator number {i + 1}"), new("Up"), new($"{60 + i}%"), new($"{62 + i}%"), new($"{61 + i}%") }),
        ];
        var pdf = new TinyPdf();
        var page = pdf.Page(842, 595);
        TableDrawer.Draw(page, 300, [40, 330, 370, 440, 510, 580], rows, Borders.RowsOnly);
        // The running footer, close under the table: a title left of centre and the page number right of it.
        var bottom = 300 + TableDrawer.Height(rows);
        page.Text(230, bottom + 16, "Corporate Performance Scorecard Q2 2022/23", 9);
        page.Text(440, bottom + 16, "Page 1 of 2", 9);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.RowCount.Should().Be(9);
        table.TextAt(8, 0).Should().Be("Indicator number 8");
    }

    private static readonly double[] Columns = [40, 300, 340, 410, 480, 550];

    private static readonly DrawnCell[] Header =
        [new("Indicator", Bold: true), new("DoT", Bold: true), new("Target", Bold: true), new("Outturn", Bold: true), new("Previous", Bold: true)];

    private static DrawnCell[] Row(string name, int i) => [new(name), new("Up"), new($"{60 + i}%"), new($"{62 + i}%"), new($"{61 + i}%")];

    [Theory]
    // Seed 6161's Bath and North East Somerset: OCR read "Page 1 of2" under the first part and "Page 2 of 2" under the
    // second; its Ards and North Down "Page 3 of S". As text on one page only, the first footer ended the table, and
    // the rows overleaf were lost.
    [InlineData("Page 1 of2", "Page 2 of 2")]
    [InlineData("Page 1 of 2", "Page 2 of Z")]
    public void A_running_footer_a_scan_read_differently_on_each_page_does_not_end_the_table(string firstFooter, string secondFooter)
    {
        var pdf = new TinyPdf();
        var first = pdf.Page();
        TableDrawer.Draw(first, 500, Columns, [Header, .. Enumerable.Range(0, 6).Select(i => Row($"Indicator number {i + 1}", i))], Borders.RowsOnly);
        first.Text(180, 810, "Corporate Performance Scorecard Q1 2019/20 " + firstFooter, 9);
        var second = pdf.Page();
        TableDrawer.Draw(second, 72, Columns, [.. Enumerable.Range(0, 5).Select(i => Row($"Indicator number {i + 7}", i))], Borders.RowsOnly);
        second.Text(180, 810, "Corporate Performance Scorecard Q1 2019/20 " + secondFooter, 9);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.RowCount.Should().Be(12);
        table.TextAt(11, 0).Should().Be("Indicator number 11");
    }

    [Fact]
    public void A_bold_section_heading_first_overleaf_is_a_row_not_the_rest_of_the_last_row()
    {
        // Rows ruled between them on both pages; the last row of the first page ends its name on a second line,
        // and the next page opens with a section heading in the first column only.
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 500, Columns,
            [Header, .. Enumerable.Range(0, 6).Select(i => Row($"Indicator number {i + 1}", i)), Row("Percentage of fly-tipping incidents cleared\nwithin 5 working days", 6)],
            Borders.RowsOnly);
        TableDrawer.Draw(pdf.Page(), 72, Columns,
            [[new("Staff and Workforce", ColumnSpan: 5, Bold: true)], .. Enumerable.Range(0, 5).Select(i => Row($"Indicator number {i + 8}", i))],
            Borders.RowsOnly);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.TextAt(7, 0).Should().Be("Percentage of fly-tipping incidents cleared within 5 working days");
        table.TextAt(8, 0).Should().Be("Staff and Workforce");
        table.TextAt(9, 0).Should().Be("Indicator number 8");
    }

    [Fact]
    public void An_unruled_table_going_on_overleaf_under_a_bold_section_heading_keeps_it_as_a_row()
    {
        // Seed 2121's Antrim and Newtownabbey: no rules at all, and the second page opens with a section heading
        // in the first column, above the rows that go on with the table.
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 500, Columns, [Header, .. Enumerable.Range(0, 7).Select(i => Row($"Indicator number {i + 1}", i))], Borders.None);
        TableDrawer.Draw(pdf.Page(), 72, Columns,
            [[new("Staff and Workforce", ColumnSpan: 5, Bold: true)], .. Enumerable.Range(0, 5).Select(i => Row($"Indicator number {i + 8}", i))],
            Borders.None);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.TextAt(7, 0).Should().Be("Indicator number 7");
        table.TextAt(8, 0).Should().Be("Staff and Workforce");
        table.TextAt(9, 0).Should().Be("Indicator number 8");
        table.RowCount.Should().Be(14);
    }

    [Fact]
    public void An_unruled_table_going_on_overleaf_with_a_column_left_empty_there_keeps_its_columns()
    {
        // Seed 2121's Brent scan: overleaf, rows with one column empty are found with one column fewer, the empty
        // column's gutter merged with its neighbours'; the rows are the table's all the same, on its columns.
        DrawnCell[] Figures(int i, bool previous) =>
            [new($"Indicator number {i + 1}"), new("Up"), new($"{60 + i}%"), new(previous ? $"{62 + i}%" : ""), new($"{61 + i}%")];
        var pdf = new TinyPdf();
        TableDrawer.Draw(pdf.Page(), 450, Columns, [Header, .. Enumerable.Range(0, 8).Select(i => Figures(i, previous: true))], Borders.None);
        TableDrawer.Draw(pdf.Page(), 72, Columns, [.. Enumerable.Range(8, 5).Select(i => Figures(i, previous: false))], Borders.None);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(5);
        table.RowCount.Should().Be(14);
        Enumerable.Range(0, 5).Select(c => table.TextAt(9, c)).Should().Equal("Indicator number 9", "Up", "68%", "", "69%");
    }
}
