using FluentAssertions;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests;

/// <summary>Tables that go on over a page break although the two parts do not show the same columns.</summary>
public sealed class TableContinuationTests
{
    [Fact]
    public void A_ruled_box_cut_by_a_page_break_is_one_table_on_the_finer_columns_with_its_cut_cell_joined()
    {
        // A KPI box: its title and status, then a chart cell across the box, at the foot of the first page; the
        // chart's key and the three figure boxes overleaf, where a column line the first part never used shows.
        var pdf = new TinyPdf();
        DrawnCell[][] above =
        [
            [new("Average number of days to fix a streetlight fault", Bold: true), new("GREEN", Fill: "00B050")],
            [new("Jun-23 Sep-23 Dec-23 Mar-24", ColumnSpan: 2)],
        ];
        TableDrawer.Draw(pdf.Page(), 842 - 40 - TableDrawer.Height(above), [40, 400, 550], above, Borders.Lines);
        TableDrawer.Draw(pdf.Page(), 72, [40, 200, 400, 550],
            [
                [new("Actual Target", ColumnSpan: 3)],
                [new("Latest: 5.5"), new("Target: 7.0, Floor: 10.0"), new("Previous: 7.6 (Amber)")],
            ],
            Borders.Lines);

        var table = PdfFixture.Tables(pdf).Should().ContainSingle().Subject;
        table.ColumnCount.Should().Be(3);
        table.RowCount.Should().Be(3);
        table.OriginAt(0, 0)!.ColumnSpan.Should().Be(2);
        table.TextAt(0, 2).Should().Be("GREEN");
        table.TextAt(1, 0).Should().Be("Jun-23 Sep-23 Dec-23 Mar-24 Actual Target");
        table.TextAt(2, 1).Should().Be("Target: 7.0, Floor: 10.0");
    }

    [Fact]
    public void A_ruled_table_whose_columns_differ_overleaf_in_more_than_added_lines_is_two_tables()
    {
        var pdf = new TinyPdf();
        DrawnCell[][] above = [[new("Risk"), new("Owner")], [new("Late reporting"), new("MD")]];
        TableDrawer.Draw(pdf.Page(), 842 - 40 - TableDrawer.Height(above), [40, 400, 550], above, Borders.Lines);
        TableDrawer.Draw(pdf.Page(), 72, [40, 250, 550], [[new("Budget"), new("Forecast")], [new("£5.1m"), new("£5.3m")]], Borders.Lines);

        PdfFixture.Tables(pdf).Should().HaveCount(2);
    }
}
